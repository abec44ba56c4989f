# -DCONSOLE_SANITIZERS="address;undefined" builds everything with ASan + UBSan.
if(CONSOLE_SANITIZERS)
    list(JOIN CONSOLE_SANITIZERS "," _sanitizers)
    target_compile_options(console_settings INTERFACE
        -fsanitize=${_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(console_settings INTERFACE -fsanitize=${_sanitizers})
    message(STATUS "Sanitizers: ${_sanitizers}")
endif()
