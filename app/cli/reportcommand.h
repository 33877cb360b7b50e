#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tricheck::i18n {
class Translations;
}

namespace tricheck::cli {

// tricheck-cli report --from DATE --to DATE [--language en|zh_CN] --pdf OUT.pdf [--json]: the
// period report as PDF; --json prints the same figures as one JSON object.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static QString summary();
    static int run(const QStringList& args, i18n::Translations* translations);
    // Whether the command line asks for a command that draws a PDF (report, history receipt):
    // those need Qt Gui's fonts and painting, the others run without it.
    static bool drawsPdf(const QStringList& arguments);
};

// tricheck-cli history receipt ATTEMPT_ID --pdf OUT.pdf [--language en|zh_CN]: the verification
// record of one attempt as PDF.
class ReceiptCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptCommand)

public:
    static int run(const QStringList& args, i18n::Translations* translations);
};

} // namespace tricheck::cli
