#include "historylocation.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace tricheck::history {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"),
                               QStringLiteral("allow"),
                               QStringLiteral("prefer"),
                               QStringLiteral("require"),
                               QStringLiteral("verify-ca"),
                               QStringLiteral("verify-full")};

bool isLoopback(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Modes with which libpq may talk plain text to the server.
bool mayBePlain(const QString& sslMode)
{
    return sslMode == u"disable" || sslMode == u"allow" || sslMode == u"prefer";
}

// libpq's conninfo quoting: single quotes around the value, backslash before ' and \.
QString quoted(const QString& value)
{
    QString out = value;
    out.replace(u'\\', QStringLiteral("\\\\"));
    out.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + out + u'\'';
}

} // namespace

bool HistoryLocation::isPostgresUrl(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(u"postgresql://", Qt::CaseInsensitive) || t.startsWith(u"postgres://", Qt::CaseInsensitive);
}

Expected<HistoryLocation, QString> HistoryLocation::parse(const QString& text)
{
    using Result = Expected<HistoryLocation, QString>;
    HistoryLocation location;
    if (!isPostgresUrl(text)) {
        location.filePath = text;
        return location;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return Result::failure(tr("The history connection is not a valid URL: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return Result::failure(tr("The history connection must not contain a password. Store the password in "
                                  "the keychain (Settings) or set PGPASSWORD."));
    location.backend = Backend::PostgreSql;
    location.host = url.host();
    if (location.host.isEmpty())
        return Result::failure(tr("The history connection names no server: use postgresql://USER@HOST:PORT/DB."));
    location.port = url.port(5432);
    if (location.port < 1 || location.port > 65535)
        return Result::failure(tr("The history connection has an invalid port."));
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return Result::failure(tr("The history connection names no database: use postgresql://USER@HOST:PORT/DB."));

    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!kSslModes.contains(value))
                return Result::failure(tr("Unknown sslmode \"%1\" in the history connection.").arg(value));
            location.sslMode = value;
        } else if (key == u"sslrootcert") {
            location.sslRootCert = value;
        } else {
            return Result::failure(tr("Unknown option \"%1\" in the history connection.").arg(key));
        }
    }
    const bool loopback = isLoopback(location.host);
    if (location.sslMode.isEmpty())
        location.sslMode = loopback ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!loopback && mayBePlain(location.sslMode))
        return Result::failure(tr("sslmode=%1 could send the history unencrypted to %2. Only connections to this "
                                  "computer may be unencrypted; use sslmode=verify-full.")
                                   .arg(location.sslMode, location.host));
    return location;
}

QString HistoryLocation::display() const
{
    if (!isPostgres())
        return filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString HistoryLocation::connectOptions() const
{
    QStringList options{QStringLiteral("sslmode=") + quoted(sslMode),
                        QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=TriCheck")};
    if (!sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + quoted(sslRootCert));
    return options.join(u';');
}

QString HistoryLocation::keychainKey()
{
    return QStringLiteral("history/connection-password");
}

QString HistoryLocation::passwordFromEnvironment()
{
    return qEnvironmentVariable("PGPASSWORD");
}

} // namespace tricheck::history
