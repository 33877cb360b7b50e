#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "tricheck.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "tricheck.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "tricheck.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tricheck.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBatch, "tricheck.batch", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "tricheck.i18n", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "tricheck.gui", QtInfoMsg)
