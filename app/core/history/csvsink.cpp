#include "csvsink.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tricheck::history {

namespace {

constexpr qsizetype kChunk = qsizetype(256) * 1024;

// ASCII characters that go into a CSV field as they are (everything but quote, comma, CR, LF).
constexpr std::array<bool, 128> kPlain = [] {
    std::array<bool, 128> plain{};
    for (std::size_t c = 0; c < plain.size(); ++c)
        plain[c] = c != '"' && c != ',' && c != '\r' && c != '\n';
    return plain;
}();

// Copies the leading characters that go into a field unchanged (ASCII but quote, comma, CR,
// LF) as bytes and returns how many there were: nearly every cell consists only of them. Eight
// at a time with SSE2 where available: this loop sees every character of an export.
qsizetype copyPlain(const char16_t* src, qsizetype n, char* dst)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i comma = _mm_set1_epi16(',');
    const __m128i cr = _mm_set1_epi16('\r');
    const __m128i lf = _mm_set1_epi16('\n');
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), zero);
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, comma)),
                                             _mm_or_si128(_mm_cmpeq_epi16(v, cr), _mm_cmpeq_epi16(v, lf)));
        if (_mm_movemask_epi8(_mm_andnot_si128(special, ascii)) != 0xFFFF)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < n; ++i) {
        const char16_t u = src[i];
        if (u >= 0x80 || !kPlain[u])
            break;
        dst[i] = char(u);
    }
    return i;
}

} // namespace

CsvSink::CsvSink(QIODevice& device)
    : m_device(device)
    , m_buffer(kChunk + qsizetype(64) * 1024, Qt::Uninitialized)
{ }

void CsvSink::bom()
{
    put("\xEF\xBB\xBF", 3);
}

void CsvSink::separator()
{
    put(",", 1);
}

void CsvSink::endRecord()
{
    put("\r\n", 2);
}

void CsvSink::field(QStringView text)
{
    // Worst case per UTF-16 unit: 3 bytes, doubled when it is a quote; plus quotes and '.
    reserve(text.size() * 3 + 4);
    const bool formula = !text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
                                             text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r');
    // Fast path, nearly every cell: plain ASCII that needs no quotes, copied in one pass.
    char* const start = m_buffer.data() + m_used;
    char* p = start;
    if (formula)
        *p++ = '\'';
    const char16_t* c = text.utf16();
    const char16_t* const end = c + text.size();
    const qsizetype plain = copyPlain(c, text.size(), p);
    c += plain;
    p += plain;
    if (c == end) {
        m_used = p - m_buffer.data();
        return;
    }
    bool quote = false;
    for (const char16_t* q = c; q != end; ++q) {
        if (*q == u'"' || *q == u',' || *q == u'\r' || *q == u'\n') {
            quote = true;
            break;
        }
    }
    if (quote) {
        // Start over: the field opens with a quote.
        p = start;
        *p++ = '"';
        if (formula)
            *p++ = '\'';
        c = text.utf16();
    }
    for (; c != end; ++c) {
        const char16_t u = *c;
        if (u < 0x80) {
            if (u == u'"')
                *p++ = '"';
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && c + 1 != end && QChar::isLowSurrogate(c[1])) {
            const char32_t ucs = QChar::surrogateToUcs4(u, *++c);
            *p++ = char(0xF0 | (ucs >> 18));
            *p++ = char(0x80 | ((ucs >> 12) & 0x3F));
            *p++ = char(0x80 | ((ucs >> 6) & 0x3F));
            *p++ = char(0x80 | (ucs & 0x3F));
        } else {
            const char16_t bmp = QChar::isSurrogate(u) ? char16_t(0xFFFD) : u; // a lone surrogate
            *p++ = char(0xE0 | (bmp >> 12));
            *p++ = char(0x80 | ((bmp >> 6) & 0x3F));
            *p++ = char(0x80 | (bmp & 0x3F));
        }
    }
    if (quote)
        *p++ = '"';
    m_used = p - m_buffer.data();
}

bool CsvSink::flushIfFull()
{
    return m_used < kChunk || flush();
}

bool CsvSink::flush()
{
    if (m_used == 0)
        return true;
    const bool ok = m_device.write(m_buffer.constData(), m_used) == m_used;
    m_used = 0;
    return ok;
}

void CsvSink::put(const char* bytes, qsizetype n)
{
    reserve(n);
    std::memcpy(m_buffer.data() + m_used, bytes, std::size_t(n));
    m_used += n;
}

void CsvSink::reserve(qsizetype n)
{
    if (m_used + n > m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_used + n));
}

} // namespace tricheck::history
