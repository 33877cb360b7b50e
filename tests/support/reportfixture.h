#pragma once

// The hand-counted history of the report tests: eight attempts around the period 2024-05-01 to
// 2024-05-03 in Asia/Shanghai (UTC+8), six of them inside it.
//
//   local time (Asia/Shanghai)    outcome                          carrier  operator  batch
//   2024-04-30 23:59:59.999       101 consistent (outside)          CMCC
//   2024-05-01 00:00:00.000       101 consistent, billed            CMCC
//   2024-05-01 12:00:00.000       202 partly inconsistent, billed   CUCC
//   2024-05-02 08:00:00.000       301 no record, not billed         CTCC
//   2024-05-02 09:00:00.000       timeout, billing unknown          -                  b1
//   2024-05-02 09:30:00.000       network error, not billed         -                  b1
//   2024-05-03 23:59:59.999       201 inconsistent, billed          CMCC     bob
//   2024-05-04 00:00:00.000       101 consistent (outside)          CMCC
//
// In the period: 6 attempts (2, 3 and 1 per day), 1 consistent, 1 inconsistent, 1 partly
// inconsistent, 1 no record, 2 errors; 3 billed, 1 billing unknown; pass rate 1/4.

#include "history/attemptrecord.h"
#include "history/historystore.h"
#include "historytestdata.h"

#include <QTimeZone>

namespace tricheck::test {

inline QTimeZone shanghai()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

inline QDateTime shanghaiTime(int month, int day, int h, int m, int s = 0, int ms = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(h, m, s, ms), shanghai()).toUTC();
}

// The plaintexts behind the fixture's masks: they must never appear in a report or a receipt.
inline QStringList fixturePlaintexts()
{
    return {QStringLiteral("13800138000"), QStringLiteral("张三"), QStringLiteral("11010519491231002X")};
}

inline std::unique_ptr<history::HistoryStore> openStore(const QString& path)
{
    history::HistoryStore::Options options;
    options.path = path;
    auto store = history::HistoryStore::open(options);
    if (!store)
        qFatal("cannot open the history: %s", qPrintable(store.error().message));
    return std::move(store).value();
}

// Seeds the history; returns the attempt ids in the table's order.
inline QStringList seedReportFixture(history::HistoryStore& store)
{
    using history::AttemptRecord;
    QList<AttemptRecord> records;
    const auto result = [&](const QDateTime& at, const QString& subCode, const QString& isp) {
        records.append(AttemptRecord::fromOutcome(resultOutcome(subCode, at, isp)));
    };
    result(shanghaiTime(4, 30, 23, 59, 59, 999), QStringLiteral("101"), QStringLiteral("CMCC"));
    result(shanghaiTime(5, 1, 0, 0), QStringLiteral("101"), QStringLiteral("CMCC"));
    result(shanghaiTime(5, 1, 12, 0), QStringLiteral("202"), QStringLiteral("CUCC"));
    result(shanghaiTime(5, 2, 8, 0), QStringLiteral("301"), QStringLiteral("CTCC"));
    for (const auto& [kind, at] : {std::pair{api::ErrorKind::Timeout, shanghaiTime(5, 2, 9, 0)},
                                   std::pair{api::ErrorKind::Network, shanghaiTime(5, 2, 9, 30)}}) {
        AttemptRecord r = AttemptRecord::fromOutcome(errorOutcome(kind, at));
        r.batch.batchId = QStringLiteral("b1");
        r.batch.row = int(records.size());
        records.append(r);
    }
    records.append(AttemptRecord::fromOutcome(resultOutcome(QStringLiteral("201"), shanghaiTime(5, 3, 23, 59, 59, 999)),
                                              QStringLiteral("bob")));
    result(shanghaiTime(5, 4, 0, 0), QStringLiteral("101"), QStringLiteral("CMCC"));
    QStringList ids;
    for (const AttemptRecord& r : std::as_const(records)) {
        if (!store.insert(r))
            qFatal("cannot seed the report fixture");
        ids.append(r.attemptId);
    }
    return ids;
}

} // namespace tricheck::test
