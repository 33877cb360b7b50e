#pragma once

#include <QObject>

#include <memory>

namespace tricheck::history {

// What happened to one history database, announced by every HistoryStore connected to it after
// a write COMMITted: the one path from stores to views (tables, counts, the audit log), so that a
// view sees what any connection wrote (the GUI's table while a batch writes on a worker thread).
//
// One feed per database, shared by all its stores in this process: HistoryStore::feed(). The
// database is named by its canonical location (a file's canonical path, a server's
// host:port/database), so two spellings of one file share a feed.
//
// Signals are emitted on the writing thread; a receiver in another thread gets them queued.
class HistoryFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFeed)

public:
    // The feed of the database `canonicalLocation`, created when no store holds it yet.
    static std::shared_ptr<HistoryFeed> of(const QString& canonicalLocation);
    ~HistoryFeed() override;

    QString location() const { return m_location; }

    void announceAppended() { emit attemptsAppended(); }
    void announceRemoved() { emit attemptsRemoved(); }
    void announceChanged() { emit attemptsChanged(); }
    void announceAudit() { emit auditAppended(); }

signals:
    void attemptsAppended();
    void attemptsRemoved();
    void attemptsChanged(); // attempts in flight settled in place
    void auditAppended();

private:
    explicit HistoryFeed(QString location);

    QString m_location;
};

} // namespace tricheck::history
