#include "sheetreader.h"

#include <cmath>

namespace tricheck::xlsx {

SheetReader::SheetReader(std::unique_ptr<XmlPart> part, const SharedStrings* strings)
    : m_part(std::move(part))
    , m_strings(strings)
{ }

bool SheetReader::fail(XlsxError error)
{
    if (!m_failure)
        m_failure = std::move(error);
    return false;
}

int SheetReader::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        int letter = -1;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A';
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a';
        else
            break;
        column = column * 26 + letter + 1;
        if (column > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString SheetReader::numberText(QStringView value)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return value.trimmed().toString();
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 15);
}

bool SheetReader::finishCell(SheetRow* row)
{
    Cell& c = m_cell;
    if (m_type == Type::Shared) {
        if (!m_hasValue)
            return true;
        bool ok = false;
        c.sharedIndex = m_value.trimmed().toLongLong(&ok);
        if (!ok || c.sharedIndex < 0)
            return fail(XlsxError::damaged(tr("a cell of row %1 has no valid shared string number").arg(row->number),
                                           row->number));
        if (m_strings != nullptr) {
            if (c.sharedIndex >= m_strings->size())
                return fail(XlsxError::damaged(
                    tr("row %1 refers to shared string %2, which does not exist").arg(row->number).arg(c.sharedIndex),
                    row->number));
            c.type = CellType::Text;
            c.text = m_strings->at(c.sharedIndex);
        } else {
            c.type = CellType::Shared;
        }
    } else if (m_type == Type::Inline) {
        c.type = CellType::Text;
        c.text = decodeEscapes(m_value);
    } else if (m_type == Type::String) {
        if (!m_hasValue && c.formula) {
            c.type = CellType::MissingValue;
        } else {
            c.type = CellType::Text;
            c.text = decodeEscapes(m_value);
        }
    } else if (m_type == Type::Boolean) {
        if (!m_hasValue) {
            if (!c.formula)
                return true;
            c.type = CellType::MissingValue;
        } else {
            c.type = CellType::Boolean;
            c.text = m_value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        }
    } else if (m_type == Type::Error) {
        c.type = CellType::Error;
        c.text = m_value.trimmed();
    } else {
        // A number ("n", or no type at all).
        if (!m_hasValue || m_value.trimmed().isEmpty()) {
            if (!c.formula)
                return true; // an empty, formatted cell
            c.type = CellType::MissingValue;
        } else {
            c.type = CellType::Number;
            c.text = numberText(m_value);
        }
    }
    if (row->count == row->cells.size())
        row->cells.emplace_back();
    std::swap(row->cells[row->count], c);
    ++row->count;
    return true;
}

bool SheetReader::next(SheetRow* row)
{
    if (m_failure || m_done)
        return false;
    QXmlStreamReader& xml = m_part->xml();
    bool inRow = false;
    for (;;) {
        const auto token = m_part->next();
        if (token == QXmlStreamReader::Invalid)
            return fail(*m_part->failure());
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!m_inData) {
                m_inData = name == u"sheetData";
                continue;
            }
            if (name == u"row") {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView r = XmlPart::attribute(a, u"r");
                int number = m_lastRow + 1;
                if (!r.isEmpty()) {
                    bool ok = false;
                    number = r.toInt(&ok);
                    if (!ok)
                        return fail(XlsxError::damaged(tr("a row has the number \"%1\"").arg(r.left(20)), m_lastRow));
                }
                if (number < 1 || number > kMaxRows)
                    return fail(XlsxError::damaged(tr("a row has the number %1").arg(number), m_lastRow));
                if (number <= m_lastRow)
                    return fail(XlsxError::damaged(tr("row %1 comes after row %2").arg(number).arg(m_lastRow), number));
                m_lastRow = number;
                row->number = number;
                row->count = 0;
                m_nextColumn = 0;
                inRow = true;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes a = xml.attributes();
                const QStringView ref = XmlPart::attribute(a, u"r");
                const int column = ref.isEmpty() ? m_nextColumn : columnOf(ref);
                if (column < 0 || column >= kMaxColumns)
                    return fail(XlsxError::damaged(
                        tr("a cell of row %1 has the reference \"%2\"").arg(row->number).arg(ref.left(20)),
                        row->number));
                m_nextColumn = column + 1;
                m_cell = Cell{};
                m_cell.column = column;
                const QStringView type = XmlPart::attribute(a, u"t");
                m_type = type.isEmpty() || type == u"n"   ? Type::Number
                         : type == u"s"                   ? Type::Shared
                         : type == u"inlineStr"           ? Type::Inline
                         : type == u"b"                   ? Type::Boolean
                         : type == u"e"                   ? Type::Error
                         : type == u"str" || type == u"d" ? Type::String
                                                          : Type::Number;
                m_value.clear();
                m_hasValue = false;
                m_inValue = m_inInline = m_inText = false;
                m_phonetic = 0;
            } else if (name == u"v") {
                m_inValue = true;
                m_hasValue = true;
            } else if (name == u"f") {
                m_cell.formula = true;
            } else if (name == u"is") {
                m_inInline = true;
                m_hasValue = true;
            } else if (name == u"rPh") {
                ++m_phonetic;
            } else if (name == u"t" && m_inInline && m_phonetic == 0) {
                m_inText = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"v") {
                m_inValue = false;
            } else if (name == u"t") {
                m_inText = false;
            } else if (name == u"rPh") {
                m_phonetic = std::max(0, m_phonetic - 1);
            } else if (name == u"is") {
                m_inInline = false;
            } else if (name == u"c" && inRow) {
                if (!finishCell(row))
                    return false;
            } else if (name == u"row" && inRow) {
                inRow = false;
                if (row->count > 0)
                    return true;
            } else if (name == u"sheetData") {
                m_done = true;
                return false;
            }
        } else if (token == QXmlStreamReader::Characters && (m_inValue || m_inText)) {
            if (m_value.size() + xml.text().size() > qsizetype{32767} * 4)
                return fail(XlsxError::damaged(tr("a cell of row %1 holds more text than a cell can").arg(row->number),
                                               row->number));
            m_value.append(xml.text());
        }
    }
}

} // namespace tricheck::xlsx
