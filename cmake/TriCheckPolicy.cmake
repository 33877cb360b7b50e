# One INTERFACE target carries the compile policy; every TriCheck target links it, so the policy
# lives in one place and cannot drift between libraries, executables and tests.
add_library(tricheck_policy INTERFACE)
target_compile_features(tricheck_policy INTERFACE cxx_std_17)
target_compile_options(tricheck_policy INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Wformat=2
    $<$<BOOL:${TRICHECK_WERROR}>:-Werror>)
target_compile_definitions(tricheck_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(TRICHECK_SANITIZE)
    # Sanitized builds keep frame pointers so reports have usable stacks.
    target_compile_options(tricheck_policy INTERFACE -fsanitize=${TRICHECK_SANITIZE} -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(tricheck_policy INTERFACE -fsanitize=${TRICHECK_SANITIZE})
    if(TRICHECK_SANITIZE MATCHES "address")
        # AddressSanitizer refuses dlopen(RTLD_DEEPBIND), which is how libxlsxwriter is loaded
        # (app/core/xlsx/xlsxwriterapi.h): this build cannot write workbooks, and says so.
        target_compile_definitions(tricheck_policy INTERFACE TRICHECK_ADDRESS_SANITIZER)
    endif()
endif()

if(TRICHECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TRICHECK_FUZZ needs clang (libFuzzer): use the `fuzz` preset")
    endif()
    # Everything is instrumented for coverage; only the fuzz executables link libFuzzer's main.
    target_compile_options(tricheck_policy INTERFACE -fsanitize=fuzzer-no-link)
endif()
