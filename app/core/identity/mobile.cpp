#include "mobile.h"

#include "normalization.h"

#include <QRegularExpression>

namespace tricheck::identity {

namespace {

// libphonenumber's CN "mobile" pattern (metadata.max.json, as quoted in the API spec §7.1): 13x,
// 145/147, 15x but 154, 162/165-167, 170-173/175-178, 1740[0-5], 18x, 19x but 194.
const QRegularExpression& mainlandMobilePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:1(?:610\\d|740[0-5])\\d{6}|1(?:[38]\\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\\d{8})$"));
    return re;
}

} // namespace

Validation validateMobile(const QString& text)
{
    Validation v;
    v.field = Field::Mobile;
    v.normalized = normalizeMobile(text);
    const QString& s = v.normalized;

    if (s.isEmpty()) {
        v.findings.append({Reason::Empty, Severity::Error, {}, 0});
        return v;
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c < u'0' || c > u'9') {
            v.findings.append({Reason::MobileNotDigits, Severity::Error, characterClassId(c.unicode()), int(i) + 1});
            return v;
        }
    }
    if (s.size() != 11) {
        v.findings.append({Reason::MobileWrongLength, Severity::Error, QString::number(s.size()), 0});
        return v;
    }
    if (!mainlandMobilePattern().match(s).hasMatch())
        v.findings.append({Reason::MobileNotMainlandRange, Severity::Error, s.left(3), 0});
    return v;
}

} // namespace tricheck::identity
