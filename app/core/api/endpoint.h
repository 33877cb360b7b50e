#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QUrl>

namespace tricheck::api {

// Where verifications go. The public and VPC Hong Kong endpoints by name, any https:// URL, and
// plain http:// only to a loopback address (the sandbox): an identity triple never crosses a
// network unencrypted.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Endpoint)

public:
    enum class Kind {
        HongKong,
        HongKongVpc,
        Custom
    };

    static Endpoint hongKong();    // https://cloudauth-intl.cn-hongkong.aliyuncs.com
    static Endpoint hongKongVpc(); // https://cloudauth-intl-vpc.cn-hongkong.aliyuncs.com
    // "hongkong", "hongkong-vpc" or a URL; an error text (translated) says what is wrong.
    static Expected<Endpoint, QString> parse(const QString& text);
    static Expected<Endpoint, QString> fromUrl(const QUrl& input);

    Kind kind() const { return m_kind; }
    QUrl url() const { return m_url; }
    // The name accepted by parse(): "hongkong", "hongkong-vpc", or the URL.
    QString id() const;
    // host, with ":port" when the port is not the scheme's default: exactly what is sent and signed.
    QString hostHeader() const;
    bool isLoopback() const;
    bool isTls() const { return m_url.scheme() == u"https"; }
    QString displayName() const; // translated for the named endpoints, the URL otherwise

    bool operator==(const Endpoint& other) const { return m_url == other.m_url; }

private:
    Endpoint(Kind kind, QUrl url)
        : m_kind(kind)
        , m_url(std::move(url))
    { }

    Kind m_kind;
    QUrl m_url;
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString& host);

} // namespace tricheck::api
