# One INTERFACE target carries every project-wide compile setting (after qBittorrent's qbt_common_cfg).
# Every target of ours links it; nothing else sets warnings or Qt cast flags.
add_library(console_settings INTERFACE)
target_compile_features(console_settings INTERFACE cxx_std_20)
target_compile_definitions(console_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CONSOLE_APP_ID="${CONSOLE_APP_ID}"
    CONSOLE_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(console_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(CONSOLE_WERROR)
        target_compile_options(console_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(console_settings INTERFACE /W4 /permissive- /utf-8)
    if(CONSOLE_WERROR)
        target_compile_options(console_settings INTERFACE /WX)
    endif()
endif()
