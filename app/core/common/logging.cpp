#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "tricheck.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "tricheck.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "tricheck.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tricheck.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBatch, "tricheck.batch", QtWarningMsg)
Q_LOGGING_CATEGORY(lcI18n, "tricheck.i18n", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "tricheck.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "tricheck.session", QtWarningMsg)
