#pragma once

#include "common/expected.h"
#include "history/attemptrecord.h"
#include "history/historyerror.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tricheck::history {
class HistoryStore;
}

namespace tricheck::reports {

// The verification record (receipt) of one attempt and the digest that ties the paper to the
// history: SHA-256 over the attempt's stored record in a canonical form.
//
// Canonical form (version 1): one JSON object in UTF-8 without any white space, whose keys are the
// history's column names in ascending order — attempt_id, batch_id, batch_row, billed, biz_code,
// code, endpoint, error_kind, fp_id, fp_mobile, fp_name, http_status, isp_name, latency_ms,
// masked_id, masked_mobile, masked_name, message, operator_name, param_type, reference,
// request_id, sandbox, scheme, send_count, started_ms, status_role, sub_code — with the stored
// values: texts as JSON strings (only `"` and `\` and control characters escaped, as \" \\ \uXXXX
// or \b \f \n \r \t; everything else literal UTF-8), integers in decimal (billed and sandbox as 0
// or 1), and null where the column is NULL. The row id, which differs between copies of a
// history, is not part of it. `tricheck-cli history list --json` shows the same values.
struct ReceiptRecord
{
    history::AttemptRecord record;

    QByteArray canonicalForm() const;
    QString sha256() const; // lower-case hex of SHA-256(canonicalForm())

    // The attempt with this attempt id (the UUID in the history's "Attempt ID" column) or, for an
    // all-digits text, this row id. nullopt: there is none.
    static Expected<std::optional<history::AttemptRecord>, history::HistoryError> find(history::HistoryStore& store,
                                                                                       const QString& attemptId);
};

} // namespace tricheck::reports
