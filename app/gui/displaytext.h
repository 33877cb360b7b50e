#pragma once

#include "api/signaturescheme.h"

#include <QCoreApplication>
#include <QString>

namespace tricheck::gui {

// Short, translated texts shared by the result panel, the history details and the status bar.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // "Sandbox (127.0.0.1:41234)", "Alibaba Cloud Hong Kong", or the URL.
    static QString service(const QString& endpointId, bool sandbox);
    static QString scheme(api::SignatureScheme scheme); // "V3 (ACS3-HMAC-SHA256)"
    static QString latency(qint64 ms);                  // "123 ms", "1.4 s"
};

} // namespace tricheck::gui
