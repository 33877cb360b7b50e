#include "xlsxwriterapi.h"

#include <QCoreApplication>

#include <dlfcn.h>

#include <optional>

namespace tricheck::xlsx {

namespace {

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    Loader()
    {
#ifdef TRICHECK_ADDRESS_SANITIZER
        error = tr("Excel workbooks cannot be written in this AddressSanitizer build: it refuses the isolated "
                   "loading (RTLD_DEEPBIND) that %1 needs.")
                    .arg(QStringLiteral(TRICHECK_XLSXWRITER_SONAME));
        return;
#endif
        // RTLD_DEEPBIND: the library and its dependencies (the system minizip) resolve their own
        // symbols first. RTLD_LOCAL: none of them joins the global scope, where QuaZip's are.
        void* handle = dlopen(TRICHECK_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (handle == nullptr) {
            error = tr("Excel workbooks cannot be written: %1 cannot be loaded (%2). Install the libxlsxwriter4 "
                       "package.")
                        .arg(QStringLiteral(TRICHECK_XLSXWRITER_SONAME), QString::fromLocal8Bit(dlerror()));
            return;
        }
        XlsxWriterApi a{};
        bool ok = true;
        const auto bind = [&](auto& function, const char* name) {
            // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): dlsym's contract
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(handle, name));
            ok = ok && function != nullptr;
        };
        bind(a.workbookNewOpt, "workbook_new_opt");
        bind(a.workbookAddWorksheet, "workbook_add_worksheet");
        bind(a.workbookGetWorksheetByName, "workbook_get_worksheet_by_name");
        bind(a.workbookAddFormat, "workbook_add_format");
        bind(a.workbookClose, "workbook_close");
        bind(a.workbookFree, "lxw_workbook_free");
        bind(a.writeString, "worksheet_write_string");
        bind(a.writeNumber, "worksheet_write_number");
        bind(a.freezePanes, "worksheet_freeze_panes");
        bind(a.setColumn, "worksheet_set_column");
        bind(a.autofilter, "worksheet_autofilter");
        bind(a.setNumFormat, "format_set_num_format");
        bind(a.setBold, "format_set_bold");
        bind(a.setBottom, "format_set_bottom");
        bind(a.setPattern, "format_set_pattern");
        bind(a.setBgColor, "format_set_bg_color");
        bind(a.setFontColor, "format_set_font_color");
        bind(a.strerror, "lxw_strerror");
        if (!ok) {
            error = tr("Excel workbooks cannot be written: %1 lacks a function TriCheck needs.")
                        .arg(QStringLiteral(TRICHECK_XLSXWRITER_SONAME));
            return; // the library stays loaded: unloading buys nothing
        }
        api = a;
    }

    std::optional<XlsxWriterApi> api;
    QString error;
};

} // namespace

const XlsxWriterApi* XlsxWriterApi::get(QString* error)
{
    static const Loader loader; // thread-safe, once per process
    if (!loader.api && error != nullptr)
        *error = loader.error;
    return loader.api ? &*loader.api : nullptr;
}

} // namespace tricheck::xlsx
