#pragma once

#include <QDateTime>
#include <QList>

namespace tricheck::history {

// What a purge deletes; the caller has asked the operator to confirm.
struct PurgeRequest
{
    enum class Scope {
        Ids,       // the rows in `ids` (a selection in the table)
        All,       // everything
        OlderThan, // started before `before`
    };
    Scope scope = Scope::Ids;
    QList<qint64> ids;
    QDateTime before;

    static PurgeRequest selected(QList<qint64> ids) { return {Scope::Ids, std::move(ids), {}}; }
    static PurgeRequest all() { return {Scope::All, {}, {}}; }
    static PurgeRequest olderThan(const QDateTime& before) { return {Scope::OlderThan, {}, before}; }
};

} // namespace tricheck::history
