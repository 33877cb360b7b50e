// Fuzz target: the identity normaliser, validator, masks and MD5 preparation. Any bytes, read as
// UTF-8 (invalid sequences included), must give a value with findings and never crash, and the
// invariants below must hold for whatever comes in.
#include "identity/finding.h"
#include "identity/identityinput.h"
#include "identity/idnumber.h"
#include "identity/masking.h"
#include "identity/mobile.h"
#include "identity/personname.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace tricheck::identity;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkValidation(const Validation& v)
{
    // A value is valid exactly when no finding is an error, and every finding has a text.
    check(v.isValid() == v.errors().isEmpty());
    for (const Finding& f : v.findings)
        check(!IdentityText::describe(v.field, f).isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Validation mobile = validateMobile(text);
    const Validation name = validateName(text);
    const Validation id = validateIdNumber(text, QDate(2026, 1, 1));
    checkValidation(mobile);
    checkValidation(name);
    checkValidation(id);
    if (mobile.isValid())
        check(mobile.normalized.size() == 11);
    if (id.isValid())
        check(id.normalized.size() == 18 && idBirthDate(id.normalized).isValid());

    // Masks never reveal the middle of a value, whatever its length.
    const QString maskedId = maskIdNumber(text);
    check(maskedId.toUcs4().size() == text.toUcs4().size());
    check(maskMobile(text).toUcs4().size() == text.toUcs4().size());
    check(maskName(text).toUcs4().size() == text.toUcs4().size());

    // Splitting the input into three fields exercises the combined path in both modes.
    const QStringList parts = text.split(u'\n');
    const IdentityInput input{parts.value(0), parts.value(1), parts.value(2)};
    for (const ParamType type : {ParamType::Normal, ParamType::Md5}) {
        const IdentityCheck c = checkIdentity(input, type, QDate(2026, 1, 1));
        const auto params = prepareIdentity(c, type);
        check(params.has_value() == c.isValid());
        if (params && type == ParamType::Md5)
            check(params->mobile.size() == 32 && params->name.size() == 32 && params->idNumber.size() == 32);
    }
    return 0;
}
