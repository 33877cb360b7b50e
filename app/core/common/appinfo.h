#pragma once

#include <QString>

class QCoreApplication;

namespace tricheck {

// Application identity shared by the GUI, the CLI and the tests, so that settings, the history
// database and keychain entries land in the same places whichever front end runs.
struct AppInfo
{
    static QString organizationName();   // "TriCheck"
    static QString organizationDomain(); // "tricheck.github.io"
    static QString applicationName();    // "TriCheck"
    static QString version();            // project version, e.g. "1.0.0"
    static QString desktopFileName();    // reverse-DNS id of the desktop entry
    static QString osUserName();         // the operator recorded with every attempt
    // Sets organisation/application name and version on the running QCoreApplication.
    static void applyTo(QCoreApplication& app);
};

} // namespace tricheck
