# Finds Debian's LLVM 22 (llvm-22-dev) and exposes its headers, definitions
# and the shared libLLVM every target links, so the plugin shares the one
# libLLVM that clang-22, opt-22 and llc-22 load.
find_package(LLVM REQUIRED CONFIG
  HINTS ${LLVM_DIR} /usr/lib/llvm-22/lib/cmake/llvm NO_DEFAULT_PATH)
if(NOT LLVM_VERSION_MAJOR EQUAL 22)
  message(FATAL_ERROR "verifiable needs LLVM 22, found ${LLVM_PACKAGE_VERSION}")
endif()
message(STATUS "Found LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_INSTALL_PREFIX}")

include_directories(SYSTEM ${LLVM_INCLUDE_DIRS})
separate_arguments(VERIFIABLE_LLVM_DEFINITIONS NATIVE_COMMAND
  ${LLVM_DEFINITIONS})
add_definitions(${VERIFIABLE_LLVM_DEFINITIONS})
if(NOT LLVM_ENABLE_RTTI)
  add_compile_options(-fno-rtti)
endif()

set(LLVM_TOOLS_DIR ${LLVM_TOOLS_BINARY_DIR})
# Libraries that use LLVM link the shared library, never static components:
# the plugin must not carry a second copy of LLVM's global state.
set(VERIFIABLE_LLVM_LIBS LLVM)
