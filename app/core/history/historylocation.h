#pragma once

#include "common/expected.h"

#include <QCoreApplication>
#include <QString>

namespace tricheck::history {

// Where the history lives: a SQLite file, or a PostgreSQL database shared by a team, named by a
// connection URL `postgresql://USER@HOST:PORT/DB[?sslmode=MODE]` (`postgres://` too).
//
// The password is never part of the location: a URL that carries one is refused (it would end up
// in settings files, shell histories and process lists). It comes from the OS keychain
// (keychainKey()) or from PGPASSWORD, and is kept in memory only.
//
// TLS: to a loopback host anything libpq offers is accepted (default `prefer`); to any other host
// only modes that never fall back to plain text (`require`, `verify-ca`, `verify-full`), with
// `verify-full` (certificate and host name verified) the default.
class HistoryLocation
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLocation)

public:
    enum class Backend {
        Sqlite,
        PostgreSql
    };

    Backend backend = Backend::Sqlite;
    QString filePath; // SQLite
    // PostgreSQL
    QString host;
    int port = 5432;
    QString user; // empty: libpq's default (the OS user)
    QString database;
    QString sslMode;     // disable | allow | prefer | require | verify-ca | verify-full
    QString sslRootCert; // optional CA file for verify-ca / verify-full

    static bool isPostgresUrl(const QString& text);
    // A file path, or a PostgreSQL URL checked as described above; the error is translated.
    static Expected<HistoryLocation, QString> parse(const QString& text);

    bool isPostgres() const { return backend == Backend::PostgreSql; }
    // What identifies the history in messages, logs and change notifications: the file path, or
    // the URL (never with a password).
    QString display() const;
    // libpq connect options for Qt's QPSQL driver (";"-separated key=value).
    QString connectOptions() const;

    static QString keychainKey(); // "history/connection-password"
    // The password from PGPASSWORD, if set (libpq's own variable).
    static QString passwordFromEnvironment();
};

} // namespace tricheck::history
