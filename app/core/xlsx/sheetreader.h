#pragma once

#include "sharedstrings.h"

#include <vector>

namespace tricheck::xlsx {

enum class CellType : quint8 {
    Text,         // a string: shared, inline (rich runs joined), or a formula's text result
    Number,       // a number, written out in full: 13800138000, never 1.38E+10 or 13800138000.0
    Boolean,      // TRUE or FALSE
    Error,        // a formula's error value (#N/A, #VALUE! …)
    MissingValue, // a formula saved without its result (some generators never calculate)
    Shared,       // a shared string not yet looked up (sharedIndex)
};

struct Cell
{
    int column = 0; // 0-based
    CellType type = CellType::Text;
    bool formula = false;
    QString text;
    qint64 sharedIndex = -1;
};

struct SheetRow
{
    int number = 0;          // 1-based, as Excel shows it
    std::vector<Cell> cells; // the cells with content, by column; only the first `count` are valid
    std::size_t count = 0;
};

// Streams the rows of a worksheet part: only the current row is held, whatever the sheet's size.
// Empty cells and rows are not reported (a sparse row has gaps in its columns). Rows must come in
// ascending order, as Excel writes them (a row number is a line of the batch).
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    // `strings` looks shared strings up; without it they stay CellType::Shared (a preview).
    SheetReader(std::unique_ptr<XmlPart> part, const SharedStrings* strings);

    // The next row with at least one cell; false at the end or on an error (then failure()).
    bool next(SheetRow* row);
    const std::optional<XlsxError>& failure() const { return m_failure; }
    double fraction() const { return m_part->fraction(); }

    static constexpr int kMaxRows = 1'048'576; // Excel's limits
    static constexpr int kMaxColumns = 16'384;

    // The column of a reference such as "AB12" (0-based), or -1.
    static int columnOf(QStringView reference);
    // A number as its digits: integers in full, others with up to 15 significant digits.
    static QString numberText(QStringView value);

private:
    bool fail(XlsxError error);
    bool finishCell(SheetRow* row);

    std::unique_ptr<XmlPart> m_part;
    const SharedStrings* m_strings;
    std::optional<XlsxError> m_failure;
    bool m_inData = false;
    bool m_done = false;
    int m_lastRow = 0;
    // The cell being read.
    enum class Type : quint8 {
        Number, // "n" or none
        Shared, // "s"
        Inline, // "inlineStr"
        String, // "str" (a formula's text), "d" (an ISO date)
        Boolean,
        Error,
    };
    Cell m_cell;
    Type m_type = Type::Number;
    QString m_value;
    bool m_hasValue = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inText = false;
    int m_phonetic = 0;
    int m_nextColumn = 0;
};

} // namespace tricheck::xlsx
