// Documents::paintReport: the period report.

#include "chartpainter.h"
#include "documents.h"
#include "history/historycolumns.h"
#include "pagewriter.h"

#include <QLocale>
#include <QPagedPaintDevice>

#include <functional>

namespace tricheck::pdf {

namespace {

using reports::Counts;

QString percent(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u'%' : QStringLiteral("—");
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// One row of counts: total, each outcome, billed, pass rate.
QStringList countCells(const QString& label, const Counts& c)
{
    QStringList cells{label, number(c.total)};
    for (const api::StatusRole role : reports::kOutcomes)
        cells.append(number(c.of(role)));
    cells << number(c.billed) << percent(c.passRate());
    return cells;
}

QStringList countHeader(const QString& first)
{
    QStringList header{first, Documents::tr("Attempts")};
    for (const api::StatusRole role : reports::kOutcomes)
        header.append(api::ResultCatalogue::roleName(role));
    header << Documents::tr("Billed") << Documents::tr("Pass rate");
    return header;
}

const QList<double>& countWidths()
{
    static const QList<double> widths{0.17, 0.08, 0.09, 0.09, 0.1, 0.08, 0.07, 0.07, 0.08, 0.08};
    return widths;
}

const QList<int>& countNumeric()
{
    static const QList<int> numeric{1, 2, 3, 4, 5, 6, 7, 8, 9};
    return numeric;
}

void breakdown(PageWriter& page,
               const QString& heading,
               const QString& first,
               const QList<reports::Breakdown>& list,
               const std::function<QString(const QString&)>& name)
{
    page.heading(heading);
    if (list.isEmpty()) {
        page.paragraph(Documents::tr("None in this period."));
        return;
    }
    QList<QStringList> rows;
    for (const reports::Breakdown& b : list)
        rows.append(countCells(name(b.key), b.counts));
    page.table(countHeader(first), rows, countWidths(), countNumeric());
}

} // namespace

QString Documents::reportTitle()
{
    return tr("Verification report");
}

void Documents::paintReport(QPagedPaintDevice* device,
                            const reports::PeriodReport& report,
                            const std::optional<reports::Price>& price)
{
    PageWriter page(device);
    if (!page.isActive())
        return;
    const reports::Statistics& s = report.statistics;
    const Counts& t = s.totals;

    // Cover.
    page.title(reportTitle());
    page.paragraph(tr("%1 to %2 (local days, time zone %3)")
                       .arg(s.period.first.toString(Qt::ISODate), s.period.last.toString(Qt::ISODate), s.timeZone),
                   12);
    QStringList operators;
    for (const reports::Breakdown& b : s.byOperator)
        operators.append(b.key);
    QStringList endpoints;
    for (auto it = s.byEndpoint.cbegin(); it != s.byEndpoint.cend(); ++it)
        endpoints.append(it.key() == u"sandbox" ? tr("sandbox (not billed)") : it.key());
    page.fields({
        {tr("Operators / team"), operators.isEmpty() ? tr("(none)") : operators.join(QStringLiteral(", "))},
        {tr("Endpoints"), endpoints.isEmpty() ? tr("(none)") : endpoints.join(QStringLiteral(", "))},
        {tr("History"), report.history},
        {tr("Generated"),
         tr("%1 by %2, TriCheck %3")
             .arg(report.generatedUtc.toLocalTime().toString(Qt::ISODate), report.generatedBy, report.appVersion)},
        {tr("Privacy"), tr("Identity values appear masked only; the history holds no plaintext.")},
    });

    page.heading(tr("Totals"));
    const auto cost = s.estimatedCost(price);
    QList<QPair<QString, QString>> totals{{tr("Attempts"), number(t.total)}};
    for (const api::StatusRole role : reports::kOutcomes)
        totals.append({api::ResultCatalogue::roleName(role), number(t.of(role))});
    totals.append({tr("Billed"), number(t.billed)});
    totals.append({tr("Billing unknown (may have been billed)"), number(t.billingUnknown)});
    totals.append({tr("Pass rate (consistent among answered)"), percent(t.passRate())});
    totals.append({tr("Estimated cost"),
                   cost ? tr("%1 %2 (%3 per billed check)")
                              .arg(QLocale().toString(*cost, 'f', 2), price->currency)
                              .arg(QLocale().toString(price->amount, 'f', 2))
                        : tr("no price per check is set")});
    page.fields(totals);

    page.heading(tr("Attempts per %1")
                     .arg(s.grouping == reports::Grouping::Day    ? tr("day")
                          : s.grouping == reports::Grouping::Week ? tr("week")
                                                                  : tr("month")));
    const double chartHeight = 210;
    page.ensure(chartHeight);
    ChartPainter::paint(page.painter(), QRectF(page.left(), page.y(), page.width(), chartHeight), s, page.font(8));
    page.advance(chartHeight + 6);

    page.heading(tr("Per day"));
    QList<QStringList> days;
    for (const reports::Bucket& d : s.days)
        days.append(countCells(d.first.toString(Qt::ISODate), d.counts));
    days.append(countCells(tr("Total"), t));
    page.table(countHeader(tr("Day")), days, countWidths(), countNumeric());

    page.heading(tr("Error kinds"));
    if (s.byErrorKind.isEmpty()) {
        page.paragraph(tr("None in this period."));
    } else {
        QList<QStringList> rows;
        for (auto it = s.byErrorKind.cbegin(); it != s.byErrorKind.cend(); ++it)
            rows.append({history::HistoryColumns::errorKindText(it.key()), it.key(), number(it.value())});
        page.table({tr("Error"), tr("Kind"), tr("Attempts")}, rows, {0.5, 0.3, 0.2}, {2});
    }

    breakdown(page, tr("By carrier"), tr("Carrier"), s.byCarrier, [](const QString& key) {
        return key.isEmpty() ? tr("(none)") : api::ResultCatalogue::carrierName(key);
    });
    breakdown(page, tr("By operator"), tr("Operator"), s.byOperator, [](const QString& key) { return key; });
    breakdown(page, tr("Batches in the period"), tr("Batch"), s.byBatch, [](const QString& key) { return key; });

    page.heading(tr("Audit events"));
    if (report.auditEvents.isEmpty()) {
        page.paragraph(tr("None in this period."));
    } else {
        QStringList summary;
        for (auto it = report.auditCounts.cbegin(); it != report.auditCounts.cend(); ++it) {
            history::AuditEvent kind;
            kind.kind = history::AuditEvent::kindFromId(it.key());
            kind.kindId = it.key();
            summary.append(QStringLiteral("%1: %2").arg(kind.kindText(), number(it.value())));
        }
        page.paragraph(summary.join(QStringLiteral(" · ")));
        QList<QStringList> rows;
        for (const history::AuditEvent& e : report.auditEvents)
            rows.append({e.atUtc.toLocalTime().toString(Qt::ISODate), e.operatorName, e.kindText(), e.description()});
        page.table({tr("Time"), tr("Operator"), tr("Event"), tr("Details")}, rows, {0.2, 0.14, 0.16, 0.5});
        if (report.auditEventsLeftOut > 0)
            page.paragraph(
                tr("%n more event(s) not listed; see Edit → Audit log.", nullptr, int(report.auditEventsLeftOut)));
    }
}

} // namespace tricheck::pdf
