#pragma once

#include <QValidator>

namespace tricheck::gui {

// Input constraints while typing. Each validator also normalises what it accepts (full-width
// characters, separators, a +86 prefix, a lower-case x), so a pasted "+86 138-0013-8000" lands as
// "13800138000". The identity domain still validates the result; these only keep out what can
// never become valid.

// Digits only, at most 11 after normalisation; "+86", "0086" and "(+86)" may be typed or pasted.
class MobileValidator : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MobileValidator)

public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// 17 digits and a digit or X (a typed x becomes X); at most 18 characters.
class IdNumberValidator : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdNumberValidator)

public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
};

// Full-width forms folded, no control characters, at most 64 characters. Everything else (digits,
// misplaced dots …) is explained by the field's message instead of silently refused.
class NameValidator : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameValidator)

public:
    using QValidator::QValidator;
    State validate(QString& input, int& pos) const override;
    static constexpr int kMaxLength = 64;
};

} // namespace tricheck::gui
