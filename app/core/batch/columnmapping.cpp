#include "columnmapping.h"

#include <QHash>

namespace tricheck::batch {

namespace {

QString simplify(const QString& cell)
{
    QString s;
    s.reserve(cell.size());
    for (const QChar c : cell) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'（' || c == u'）' ||
            c == u':' || c == u'：' || c == u'*' || c == QChar(0xFEFF))
            continue;
        s.append(c.toLower());
    }
    return s;
}

const QHash<QString, BatchField>& knownNames()
{
    static const QHash<QString, BatchField> names = [] {
        QHash<QString, BatchField> n;
        const auto add = [&n](BatchField f, std::initializer_list<const char16_t*> list) {
            for (const char16_t* name : list)
                n.insert(simplify(QString::fromUtf16(name)), f);
        };
        add(BatchField::Mobile, {u"mobile",     u"mobile number",
                                 u"mobile no",  u"mobile phone",
                                 u"phone",      u"phone number",
                                 u"phone no",   u"cellphone",
                                 u"cell phone", u"cell",
                                 u"tel",        u"telephone",
                                 u"msisdn",     u"手机号",
                                 u"手机号码",   u"手机",
                                 u"电话",       u"电话号码",
                                 u"联系电话",   u"联系方式",
                                 u"移动电话",   u"手机号码（11位）"});
        add(BatchField::Name,
            {u"name",
             u"full name",
             u"person name",
             u"customer name",
             u"real name",
             u"holder name",
             u"姓名",
             u"名字",
             u"客户姓名",
             u"真实姓名",
             u"持卡人姓名",
             u"户名"});
        add(BatchField::IdNumber,
            {u"id",
             u"id number",
             u"id_number",
             u"id no",
             u"idno",
             u"id card",
             u"id card number",
             u"idcard",
             u"identity number",
             u"identity card",
             u"identity card number",
             u"cert no",
             u"cert number",
             u"certificate number",
             u"resident id",
             u"resident id number",
             u"身份证",
             u"身份证号",
             u"身份证号码",
             u"身份证件号码",
             u"证件号",
             u"证件号码",
             u"公民身份号码"});
        add(BatchField::Reference,
            {u"reference",
             u"ref",
             u"note",
             u"notes",
             u"remark",
             u"remarks",
             u"comment",
             u"case",
             u"case no",
             u"case number",
             u"customer id",
             u"备注",
             u"案件号",
             u"案号",
             u"编号",
             u"参考号",
             u"业务编号",
             u"流水号",
             u"客户编号"});
        return n;
    }();
    return names;
}

} // namespace

int ColumnMapping::column(BatchField field) const
{
    switch (field) {
    case BatchField::Mobile:
        return mobile;
    case BatchField::Name:
        return name;
    case BatchField::IdNumber:
        return idNumber;
    case BatchField::Reference:
        return reference;
    }
    return -1;
}

void ColumnMapping::setColumn(BatchField field, int c)
{
    switch (field) {
    case BatchField::Mobile:
        mobile = c;
        break;
    case BatchField::Name:
        name = c;
        break;
    case BatchField::IdNumber:
        idNumber = c;
        break;
    case BatchField::Reference:
        reference = c;
        break;
    }
}

int ColumnMapping::maxColumn() const
{
    return std::max({mobile, name, idNumber, reference});
}

QString ColumnMapper::fieldId(BatchField field)
{
    switch (field) {
    case BatchField::Mobile:
        return QStringLiteral("mobile");
    case BatchField::Name:
        return QStringLiteral("name");
    case BatchField::IdNumber:
        return QStringLiteral("id_number");
    case BatchField::Reference:
        return QStringLiteral("reference");
    }
    return {};
}

std::optional<BatchField> ColumnMapper::fieldFromId(QStringView id)
{
    const QString s = simplify(id.toString());
    if (s == u"mobile")
        return BatchField::Mobile;
    if (s == u"name")
        return BatchField::Name;
    if (s == u"idnumber" || s == u"id")
        return BatchField::IdNumber;
    if (s == u"reference" || s == u"ref")
        return BatchField::Reference;
    return std::nullopt;
}

QString ColumnMapper::fieldTitle(BatchField field)
{
    switch (field) {
    case BatchField::Mobile:
        return tr("mobile");
    case BatchField::Name:
        return tr("name");
    case BatchField::IdNumber:
        return tr("ID number");
    case BatchField::Reference:
        return tr("reference");
    }
    return {};
}

std::optional<BatchField> ColumnMapper::recognise(const QString& headerCell)
{
    const auto it = knownNames().constFind(simplify(headerCell));
    if (it == knownNames().constEnd())
        return std::nullopt;
    return it.value();
}

Expected<ColumnMapping, ImportError>
ColumnMapper::map(const QStringList& header, int line, const QList<ColumnChoice>& choices, bool hasHeader)
{
    using Result = Expected<ColumnMapping, ImportError>;
    const auto badMapping = [line](const QString& text) {
        return Result::failure(ImportError::make(ImportError::Kind::BadMapping, line, text));
    };
    ColumnMapping mapping;
    if (hasHeader) {
        for (int i = 0; i < header.size(); ++i) {
            const auto field = recognise(header.at(i));
            if (field && mapping.column(*field) < 0)
                mapping.setColumn(*field, i);
        }
    } else {
        mapping = ColumnMapping{0, 1, 2, 3};
    }
    for (const ColumnChoice& choice : choices) {
        // "No reference column" (the desktop's "none"): a recognised reference column is ignored.
        if (choice.field == BatchField::Reference && choice.column.trimmed().isEmpty()) {
            mapping.setColumn(BatchField::Reference, -1);
            continue;
        }
        bool isNumber = false;
        const int position = choice.column.trimmed().toInt(&isNumber);
        int column = -1;
        if (isNumber) {
            if (position < 1 || position > 4096)
                return badMapping(tr("Column %1 does not exist (columns are numbered from 1).").arg(choice.column));
            column = position - 1;
        } else if (!hasHeader) {
            return badMapping(
                tr("Without a header row, columns are chosen by number (1, 2, 3 …), not by name (\"%1\").")
                    .arg(choice.column));
        } else {
            const QString wanted = simplify(choice.column);
            for (int i = 0; i < header.size(); ++i) {
                if (simplify(header.at(i)) == wanted) {
                    column = i;
                    break;
                }
            }
            if (column < 0)
                return badMapping(tr("The file has no column named \"%1\" (its columns: %2).")
                                      .arg(choice.column, header.join(QStringLiteral(", "))));
        }
        // The choice wins over a recognised name; another field recognised in that column loses it.
        for (const BatchField other :
             {BatchField::Mobile, BatchField::Name, BatchField::IdNumber, BatchField::Reference}) {
            if (other != choice.field && mapping.column(other) == column) {
                bool chosen = false;
                for (const ColumnChoice& c : choices)
                    chosen = chosen || c.field == other;
                if (chosen)
                    return badMapping(tr("Column %1 is chosen for both %2 and %3.")
                                          .arg(column + 1)
                                          .arg(fieldTitle(other), fieldTitle(choice.field)));
                mapping.setColumn(other, -1);
            }
        }
        mapping.setColumn(choice.field, column);
    }
    if (!hasHeader) {
        if (!mapping.isComplete())
            return badMapping(tr("Choose the columns of the mobile number, name and ID number."));
        return mapping;
    }
    if (!mapping.isComplete()) {
        QStringList found;
        for (const QString& cell : header)
            found.append(QStringLiteral("\"%1\"").arg(cell.left(40)));
        return Result::failure(
            ImportError::make(ImportError::Kind::NoHeader, line, found.join(QStringLiteral(", ")).left(400)));
    }
    return mapping;
}

} // namespace tricheck::batch
