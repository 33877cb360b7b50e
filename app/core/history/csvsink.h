#pragma once

#include <QByteArray>
#include <QStringView>

class QIODevice;

namespace tricheck::history {

// The CSV dialect of every TriCheck export (the history export, a batch's results): UTF-8 (with
// a BOM written by bom()), CRLF line ends, RFC 4180 quoting, and cells that a spreadsheet would run
// as a formula (starting with = + - @ tab or CR) prefixed with an apostrophe. Collects the bytes and
// writes them in large chunks. Quoting, formula protection and UTF-8 encoding are done in one pass
// per cell (rather than QString appends plus toUtf8()): an export of a million rows writes 27
// million cells.
class CsvSink
{
public:
    explicit CsvSink(QIODevice& device);

    void bom();
    void separator();
    void endRecord();
    void field(QStringView text);
    // Writes the buffer when it is full; false when the device refused bytes.
    bool flushIfFull();
    bool flush();

private:
    void put(const char* bytes, qsizetype n);
    void reserve(qsizetype n);

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_used = 0;
};

} // namespace tricheck::history
