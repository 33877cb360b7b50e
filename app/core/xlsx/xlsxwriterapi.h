#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace tricheck::xlsx {

// libxlsxwriter's functions, from the library loaded with dlopen(RTLD_LOCAL | RTLD_DEEPBIND)
// rather than linked. Why: QuaZip (which reads workbooks) carries its own modified minizip and
// exports it under minizip's names (zipOpen …); linked into one process, libxlsxwriter's calls to
// the system minizip would land in QuaZip's, which take a QIODevice for a file name, and crash.
// Loaded this way, libxlsxwriter and its minizip see their own symbols first, and stay out of the
// process's global scope, so QuaZip keeps its own.
struct XlsxWriterApi
{
    decltype(&::workbook_new_opt) workbookNewOpt;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet;
    decltype(&::workbook_get_worksheet_by_name) workbookGetWorksheetByName;
    decltype(&::workbook_add_format) workbookAddFormat;
    decltype(&::workbook_close) workbookClose;
    decltype(&::lxw_workbook_free) workbookFree;
    decltype(&::worksheet_write_string) writeString;
    decltype(&::worksheet_write_number) writeNumber;
    decltype(&::worksheet_freeze_panes) freezePanes;
    decltype(&::worksheet_set_column) setColumn;
    decltype(&::worksheet_autofilter) autofilter;
    decltype(&::format_set_num_format) setNumFormat;
    decltype(&::format_set_bold) setBold;
    decltype(&::format_set_bottom) setBottom;
    decltype(&::format_set_pattern) setPattern;
    decltype(&::format_set_bg_color) setBgColor;
    decltype(&::format_set_font_color) setFontColor;
    decltype(&::lxw_strerror) strerror;

    // The functions, loaded once; nullptr (and `error`, translated) when the library is missing.
    static const XlsxWriterApi* get(QString* error);
};

} // namespace tricheck::xlsx
