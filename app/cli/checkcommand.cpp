#include "checkcommand.h"

#include "cliapp.h"
#include "exitstatus.h"
#include "identity/identityinput.h"
#include "identity/masking.h"
#include "identity/mobile.h"
#include "jsonout.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace tricheck::cli {

using namespace tricheck::identity;

namespace {

QJsonObject fieldJson(const Validation& v, const QString& masked)
{
    QJsonArray findings;
    for (const Finding& f : v.findings) {
        findings.append(QJsonObject{
            {QStringLiteral("reason"), IdentityText::id(f.reason)},
            {QStringLiteral("severity"),
             f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), IdentityText::describe(v.field, f)},
        });
    }
    return QJsonObject{{QStringLiteral("valid"), v.isValid()},
                       {QStringLiteral("masked"), masked},
                       {QStringLiteral("findings"), findings}};
}

} // namespace

QString CheckCommand::summary()
{
    return tr("validate a mobile number, name and ID number offline; nothing is sent");
}

int CheckCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption mobile(QStringLiteral("mobile"),
                                    tr("Mobile number (11 digits; +86 is removed)."),
                                    QStringLiteral("M"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name as on the ID card."), QStringLiteral("N"));
    const QCommandLineOption id(QStringLiteral("id"), tr("18-character resident ID number."), QStringLiteral("I"));
    const QCommandLineOption md5(QStringLiteral("md5"), tr("Accept pre-computed MD5 digests (ParamType md5)."));
    parser.addOptions({mobile, name, id, md5});

    if (!parser.parse(QStringList{QStringLiteral("tricheck-cli check")} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printText(CliApp::subcommandHelp(parser, QStringLiteral("check")));
        return ExitOk;
    }
    const ParamType type = parser.isSet(md5) ? ParamType::Md5 : ParamType::Normal;
    const IdentityCheck check = checkIdentity({parser.value(mobile), parser.value(name), parser.value(id)}, type);
    const auto params = prepareIdentity(check, type);

    QJsonObject out{
        {QStringLiteral("valid"), check.isValid()},
        {QStringLiteral("paramType"), paramTypeName(type)},
        {QStringLiteral("mobile"),
         fieldJson(check.mobile, params ? params->maskedMobile : maskMobile(check.mobile.normalized))},
        {QStringLiteral("name"), fieldJson(check.name, params ? params->maskedName : maskName(check.name.normalized))},
        {QStringLiteral("idNumber"),
         fieldJson(check.idNumber, params ? params->maskedIdNumber : maskIdNumber(check.idNumber.normalized))},
    };
    if (params && params->expectedCarrier != Carrier::Unknown)
        out.insert(QStringLiteral("expectedCarrier"), CarrierInfo::ispName(params->expectedCarrier));
    printJsonLine(out);
    return check.isValid() ? ExitOk : ExitUsage;
}

} // namespace tricheck::cli
