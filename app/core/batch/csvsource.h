#pragma once

#include "common/crypto.h"
#include "recordsource.h"

#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace tricheck::batch {

// How the bytes of a batch file are turned into text.
enum class TextEncoding {
    Auto,    // a UTF-8 BOM or valid UTF-8 means UTF-8; otherwise GB18030 (Chinese Excel's "CSV")
    Utf8,    // with or without a BOM
    Gb18030, // also reads GBK and GB2312, its subsets
};
QString textEncodingId(TextEncoding encoding);                  // "auto", "utf-8", "gb18030"
std::optional<TextEncoding> textEncodingFromId(QStringView id); // also "utf8", "gbk", "gb2312"

enum class Delimiter {
    Auto, // the one of , ; TAB that occurs most often in the first line (comma on a tie)
    Comma,
    Semicolon,
    Tab,
};
QString delimiterId(Delimiter delimiter);                 // "auto", "comma", "semicolon", "tab"
std::optional<Delimiter> delimiterFromId(QStringView id); // also ",", ";", "\t"

// Reads RFC 4180 records from a device, streaming: the file is read in chunks of whole lines, so
// memory stays flat for any size. Bytes are checked before they are decoded: NUL and other control
// bytes (binary files) and invalid sequences of the encoding stop the reader with an error that
// names the line. Delimiters, quotes and line breaks are ASCII, and no byte of a multi-byte UTF-8 or
// GB18030 character is, so records are split correctly in either encoding.
//
// The SHA-256 of the bytes read is kept (the batch journal's source digest).
class CsvSource : public RecordSource
{
public:
    CsvSource(QIODevice* device, TextEncoding encoding, Delimiter delimiter);
    ~CsvSource() override;

    // The next record (a quoted field may span lines); false at the end of the file or on an error
    // (then error() is set).
    bool next(CsvRecord* record) override;
    const std::optional<ImportError>& error() const override { return m_error; }

    // The encoding in use: with Auto, Utf8 until the first non-ASCII byte decides.
    TextEncoding encoding() const { return m_encoding; }
    Delimiter delimiter() const { return m_delimiter; }
    bool hadBom() const { return m_bom; }
    qint64 bytesRead() const override { return m_bytesRead; }
    // The SHA-256 of every byte read; complete once next() returned false without an error.
    QByteArray sha256() override;

    static constexpr qsizetype kChunkBytes = 1 << 20;
    static constexpr qsizetype kMaxLineBytes = 1 << 20;

private:
    bool fill();
    bool decode(QByteArrayView bytes);
    int locateEncodingError(QByteArrayView bytes) const;
    Delimiter detectDelimiter(QByteArrayView firstLine) const;
    void fail(ImportError::Kind kind, int line, const QString& detail = {});

    QIODevice* m_device;
    TextEncoding m_encoding;
    bool m_encodingDecided;
    Delimiter m_delimiter;
    crypto::Hasher m_hasher;
    QByteArray m_sha256;
    QByteArray m_carry;  // bytes after the last line break of the previous read
    QString m_text;      // decoded whole lines not yet parsed
    qsizetype m_pos = 0; // parse position in m_text
    int m_textLine = 1;  // line number at m_pos
    int m_chunkLine = 1; // line number of the first byte not yet decoded
    qint64 m_bytesRead = 0;
    bool m_bom = false;
    bool m_started = false;
    bool m_eof = false;
    std::optional<ImportError> m_error;
    // The record being parsed (it may continue in the next chunk).
    QStringList m_fields;
    QString m_field;
    int m_recordLine = 0;
    int m_quoteLine = 0;
    enum class State {
        RecordStart,
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    } m_state = State::RecordStart;
};

} // namespace tricheck::batch
