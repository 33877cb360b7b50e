#pragma once

#include "verifyoutcome.h"

#include <QCoreApplication>
#include <QString>

namespace tricheck::api {

// Translated, actionable wording for an ApiError: what happened, whether anything was sent or
// billed, and what the operator can do. Computed when shown, so a language switch applies at once.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // One or two sentences for the result panel, the CLI and the history.
    static QString message(const ApiError& error);
    // How often the request was tried, for a line beside the latency; empty for one try. It agrees
    // with message(): an outcome that says nothing was sent is never said to be a service's retry.
    static QString attemptsText(const VerifyOutcome& outcome);
    // Whether the outcome's message says that nothing reached the service.
    static bool nothingSent(const ApiError& error);
    // A short heading: "Network error", "Outcome unknown" …
    static QString title(ErrorKind kind);
    // The kind's name where errors are listed or labelled (the result panel's "Error kind" line,
    // the history's Result and Error kind columns, the statistics): "Network error", "Throttled" …
    static QString kindName(ErrorKind kind);
    // A QNetworkReply::NetworkError in the operator's language: "the host name was not found" …
    // (Qt's own text is English and names no cause the operator can act on.)
    static QString networkErrorText(int networkError);
    // The transport failure of `error` in words: networkErrorText() when known, else its detail.
    static QString transportText(const ApiError& error);
    // "about 17 min ahead", "3 s behind" … for a clock offset (server minus local).
    static QString clockOffsetText(qint64 serverMinusLocalSeconds);
};

} // namespace tricheck::api
