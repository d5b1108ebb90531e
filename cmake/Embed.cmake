# embed_files(OUTPUT FILE...) writes a C++ source defining
#   std::string_view pingan::embedded::get(std::string_view name)
# keyed by file name (e.g. "config.toml", "001_initial.sql").
function(embed_files output)
  set(inputs ${ARGN})
  # A CMake list would split into separate arguments; pass it joined by "|".
  string(REPLACE ";" "|" joined "${inputs}")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} "-DINPUTS=${joined}"
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedScript.cmake
    DEPENDS ${inputs} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedScript.cmake
    COMMENT "Embedding data files"
    VERBATIM)
endfunction()
