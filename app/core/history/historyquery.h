#pragma once

#include "api/resultcatalogue.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tricheck::history {

// The columns of the history (table, CSV export, sorting). The first twelve are the table's
// default view; the rest are the remaining stored fields, for detail views and full exports.
// The numeric values are model column indexes: append new columns at the end.
enum class HistoryColumn {
    Time,
    MaskedMobile,
    MaskedName,
    MaskedIdNumber,
    Reference,
    ParamType,
    Result,
    Carrier,
    Billing, // BizCode and whether it is billed
    RequestId,
    Operator,
    Endpoint,
    Status,
    SubCode,
    BizCode,
    Billed,
    HttpStatus,
    Code,
    Message,
    ErrorKind,
    LatencyMs,
    Sandbox,
    Scheme,
    Sends,
    AttemptId,
    BatchId,
    BatchRow,
};
constexpr int kHistoryColumnCount = int(HistoryColumn::BatchRow) + 1;
constexpr int kHistoryDefaultColumnCount = int(HistoryColumn::Endpoint) + 1;

// Which attempts to show, count or export. Every criterion narrows; empty lists mean "any".
struct HistoryFilter
{
    QList<api::StatusRole> roles;  // any of
    QStringList subCodes;          // any of, e.g. "201", "202"
    QStringList errorKinds;        // any of, errorKindId() values
    std::optional<QDateTime> from; // inclusive
    std::optional<QDateTime> to;   // exclusive
    QString referenceContains;     // case-insensitive (ASCII) substring of the reference
    QStringList ispNames;          // any of "CMCC", "CUCC", "CTCC", "CBN"; "" for none
    std::optional<bool> sandbox;   // sandbox only / real service only
    std::optional<QString> batchId;
    std::optional<QString> requestId;    // exact, any letter case
    std::optional<QString> operatorName; // only this operator's attempts ("mine")
    // Exact-match search by keyed fingerprint (Fingerprints::forMobile …).
    std::optional<qint64> mobileFingerprint;
    std::optional<qint64> nameFingerprint;
    std::optional<qint64> idNumberFingerprint;
    // What such a search was for, masked as the table shows it (identity/masking.h): the audit
    // trail records this, never the value (HistorySearch::apply() fills them).
    QString maskedMobile;
    QString maskedName;
    QString maskedIdNumber;
    // An identity search that could not run (no fingerprint key): matches no attempt, rather than
    // being searched as text.
    bool refusedSearch = false;
    // Only rows stored after the row with this id (live updates of a view).
    std::optional<qint64> idAbove;
    // Only rows stored up to the row with this id (a count made elsewhere that must match a view).
    std::optional<qint64> idAtMost;

    bool isEmpty() const;
    // Every field above (a new one must be added there too): an export waiting for a view's count
    // starts only if the view still shows this filter.
    bool operator==(const HistoryFilter& o) const;
    bool operator!=(const HistoryFilter& o) const { return !(*this == o); }
    // A non-personal description for the audit trail: criteria and values, fingerprints only as
    // "used" (a fingerprint is not an identity value, but the audit log does not need it) with the
    // masked value searched for; reference text that looks like a mobile number, ID number or name
    // is recorded masked too (HistorySearch::auditText()).
    QJsonObject toJson() const;
};

struct HistorySort
{
    HistoryColumn column = HistoryColumn::Time;
    Qt::SortOrder order = Qt::DescendingOrder; // newest first

    bool operator==(const HistorySort& o) const { return column == o.column && order == o.order; }
    bool operator!=(const HistorySort& o) const { return !(*this == o); }
};

// A position in a sorted result, for keyset paging: the sort column's value and the row id.
struct SortKey
{
    QVariant value;
    qint64 id = 0;
};

// One window of rows: either after/before a key (keyset, cheap at any depth) or at an offset.
struct HistoryWindow
{
    int limit = 200;
    qint64 offset = 0;
    std::optional<SortKey> after; // rows that sort after this key
    bool reversed = false;        // read in the opposite order (rows come back in that order)
};

} // namespace tricheck::history
