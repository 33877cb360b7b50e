#include "csvsource.h"

#include <QIODevice>

#include <cstring>

namespace tricheck::batch {

namespace {

constexpr char kGb18030[] = "GB18030";

// Bytes that never occur in a text file: C0 controls other than TAB, LF, CR (and FF, which some
// exporters leave in), and DEL's neighbour NUL above all.
bool isBinaryByte(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

int countLines(QByteArrayView bytes)
{
    return int(bytes.count('\n'));
}

QString encodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

// Whole lines decode on their own: the decoder needs no state across calls.
QString decodeWith(TextEncoding encoding, QByteArrayView bytes, bool* ok)
{
    if (encoding == TextEncoding::Gb18030) {
        QStringDecoder decoder(kGb18030, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid()) {
            *ok = false;
            return {};
        }
        QString text = decoder(bytes);
        *ok = !decoder.hasError();
        return text;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    *ok = !decoder.hasError();
    return text;
}

QChar delimiterChar(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Semicolon:
        return QChar(u';');
    case Delimiter::Tab:
        return QChar(u'\t');
    case Delimiter::Auto:
    case Delimiter::Comma:
        break;
    }
    return QChar(u',');
}

} // namespace

QString textEncodingId(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("gb18030");
    }
    return QStringLiteral("auto");
}

std::optional<TextEncoding> textEncodingFromId(QStringView id)
{
    const QString s = id.trimmed().toString().toLower();
    if (s == u"auto")
        return TextEncoding::Auto;
    if (s == u"utf-8" || s == u"utf8")
        return TextEncoding::Utf8;
    if (s == u"gb18030" || s == u"gbk" || s == u"gb2312")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

QString delimiterId(Delimiter delimiter)
{
    switch (delimiter) {
    case Delimiter::Auto:
        return QStringLiteral("auto");
    case Delimiter::Comma:
        return QStringLiteral("comma");
    case Delimiter::Semicolon:
        return QStringLiteral("semicolon");
    case Delimiter::Tab:
        return QStringLiteral("tab");
    }
    return QStringLiteral("auto");
}

std::optional<Delimiter> delimiterFromId(QStringView id)
{
    if (id == u"\t")
        return Delimiter::Tab;
    const QString s = id.trimmed().toString().toLower();
    if (s == u"auto")
        return Delimiter::Auto;
    if (s == u"comma" || s == u",")
        return Delimiter::Comma;
    if (s == u"semicolon" || s == u";")
        return Delimiter::Semicolon;
    if (s == u"tab" || s == u"\\t")
        return Delimiter::Tab;
    return std::nullopt;
}

CsvSource::CsvSource(QIODevice* device, TextEncoding encoding, Delimiter delimiter)
    : m_device(device)
    , m_encoding(encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding)
    , m_encodingDecided(encoding != TextEncoding::Auto)
    , m_delimiter(delimiter)
    , m_hasher(crypto::Hash::Sha256)
{ }

CsvSource::~CsvSource() = default;

QByteArray CsvSource::sha256()
{
    if (m_sha256.isEmpty())
        m_sha256 = m_hasher.result();
    return m_sha256;
}

void CsvSource::fail(ImportError::Kind kind, int line, const QString& detail)
{
    if (!m_error)
        m_error = ImportError::make(kind, line, detail);
}

Delimiter CsvSource::detectDelimiter(QByteArrayView firstLine) const
{
    // Counted outside quotes: a quoted header name may contain any of them.
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return Delimiter::Semicolon;
    if (tab > comma && tab > semicolon)
        return Delimiter::Tab;
    return Delimiter::Comma;
}

int CsvSource::locateEncodingError(QByteArrayView bytes) const
{
    // Rare path: decode line by line to name the first bad one.
    int line = m_chunkLine;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        bool ok = true;
        decodeWith(m_encoding, bytes.sliced(start, end - start), &ok);
        if (!ok)
            return line;
        ++line;
        start = end + 1;
    }
    return m_chunkLine;
}

bool CsvSource::decode(QByteArrayView bytes)
{
    if (!m_started) {
        m_started = true;
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            m_bom = true;
            bytes = bytes.sliced(3);
            if (!m_encodingDecided) {
                m_encoding = TextEncoding::Utf8;
                m_encodingDecided = true;
            }
        }
        if (m_delimiter == Delimiter::Auto) {
            const qsizetype nl = bytes.indexOf('\n');
            m_delimiter = detectDelimiter(nl < 0 ? bytes : bytes.first(nl));
        }
    }
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (isBinaryByte(static_cast<unsigned char>(bytes[i]))) {
            fail(ImportError::Kind::BinaryData, m_chunkLine + countLines(bytes.first(i)));
            return false;
        }
    }
    if (!m_encodingDecided && hasNonAscii(bytes)) {
        bool ok = true;
        decodeWith(TextEncoding::Utf8, bytes, &ok);
        m_encoding = ok ? TextEncoding::Utf8 : TextEncoding::Gb18030;
        m_encodingDecided = true;
    }
    bool ok = true;
    QString text = decodeWith(m_encoding, bytes, &ok);
    if (!ok) {
        fail(ImportError::Kind::WrongEncoding, locateEncodingError(bytes), encodingName(m_encoding));
        return false;
    }
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    m_text += text;
    m_chunkLine += countLines(bytes);
    return true;
}

bool CsvSource::fill()
{
    while (!m_eof) {
        if (!m_device->isReadable()) {
            fail(ImportError::Kind::OpenFailed, 0, m_device->errorString());
            return false;
        }
        const QByteArray read = m_device->read(kChunkBytes);
        if (read.isEmpty()) {
            if (!m_device->atEnd() && !m_device->errorString().isEmpty() && m_device->bytesAvailable() > 0) {
                fail(ImportError::Kind::OpenFailed, 0, m_device->errorString());
                return false;
            }
            m_eof = true;
            if (m_carry.isEmpty())
                return false;
            const QByteArray last = std::exchange(m_carry, QByteArray());
            return decode(last);
        }
        m_hasher.addData(read);
        m_bytesRead += read.size();
        QByteArray data = m_carry.isEmpty() ? read : m_carry + read;
        const qsizetype lastBreak = data.lastIndexOf('\n');
        if (lastBreak < 0) {
            m_carry = std::move(data);
            if (m_carry.size() > kMaxLineBytes) {
                // Binary content first, if that is what it is: a clearer message.
                for (const char c : std::as_const(m_carry)) {
                    if (isBinaryByte(static_cast<unsigned char>(c))) {
                        fail(ImportError::Kind::BinaryData, m_chunkLine);
                        return false;
                    }
                }
                fail(ImportError::Kind::LineTooLong, m_chunkLine, QString::number(kMaxLineBytes));
                return false;
            }
            continue;
        }
        m_carry = data.mid(lastBreak + 1);
        data.truncate(lastBreak + 1);
        return decode(data);
    }
    return false;
}

bool CsvSource::next(CsvRecord* record)
{
    if (m_error)
        return false;
    // A hand-written state machine: RFC 4180 with quoted fields spanning lines and chunks, and line
    // numbers for every message. (Nothing in Qt parses CSV.)
    const auto endField = [this] {
        m_fields.append(m_field);
        m_field.clear();
    };
    const auto endRecord = [&] {
        endField();
        record->line = m_recordLine;
        record->fields = std::exchange(m_fields, QStringList());
        m_state = State::RecordStart;
    };
    for (;;) {
        if (m_pos >= m_text.size()) {
            // Let the delimiter be detected before the first character is looked at.
            if (!fill()) {
                if (m_error)
                    return false;
                // End of file.
                switch (m_state) {
                case State::RecordStart:
                    return false;
                case State::Quoted:
                    fail(ImportError::Kind::UnterminatedQuote, m_quoteLine);
                    return false;
                case State::FieldStart:
                case State::Unquoted:
                case State::QuoteInQuoted:
                    endRecord();
                    return true;
                }
                return false;
            }
            continue;
        }
        const QChar delimiter = delimiterChar(m_delimiter);
        const QChar* const text = m_text.constData();
        const qsizetype size = m_text.size();
        while (m_pos < size) {
            const QChar c = text[m_pos++];
            switch (m_state) {
            case State::RecordStart:
                m_recordLine = m_textLine;
                m_state = State::FieldStart;
                Q_FALLTHROUGH();
            case State::FieldStart:
                if (c == u'"') {
                    m_state = State::Quoted;
                    m_quoteLine = m_textLine;
                    break;
                }
                m_state = State::Unquoted;
                Q_FALLTHROUGH();
            case State::Unquoted:
                if (c == delimiter) {
                    endField();
                    m_state = State::FieldStart;
                } else if (c == u'\n' || c == u'\r') {
                    if (c == u'\r' && m_pos < size && text[m_pos] == u'\n')
                        ++m_pos;
                    ++m_textLine;
                    endRecord();
                    return true;
                } else {
                    // A quote inside an unquoted field is taken literally (RFC 4180 would refuse
                    // it; spreadsheets write such fields, and refusing them helps nobody).
                    // Consume the plain run at once: most characters of a file are here.
                    qsizetype end = m_pos;
                    while (end < size && text[end] != delimiter && text[end] != u'\n' && text[end] != u'\r')
                        ++end;
                    m_field.append(text + m_pos - 1, end - m_pos + 1);
                    m_pos = end;
                }
                break;
            case State::Quoted:
                if (c == u'"') {
                    m_state = State::QuoteInQuoted;
                } else {
                    if (c == u'\n')
                        ++m_textLine;
                    m_field.append(c);
                }
                break;
            case State::QuoteInQuoted:
                if (c == u'"') {
                    m_field.append(c);
                    m_state = State::Quoted;
                } else if (c == delimiter) {
                    endField();
                    m_state = State::FieldStart;
                } else if (c == u'\n' || c == u'\r') {
                    if (c == u'\r' && m_pos < size && text[m_pos] == u'\n')
                        ++m_pos;
                    ++m_textLine;
                    endRecord();
                    return true;
                } else {
                    fail(ImportError::Kind::BadQuote, m_textLine);
                    return false;
                }
                break;
            }
        }
    }
}

} // namespace tricheck::batch
