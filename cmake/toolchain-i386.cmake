# Cross-build fdkit for i386 with Debian's gcc-i686-linux-gnu
# (apt-get install gcc-i686-linux-gnu libc6-dev-i386-cross; the tests run natively):
#
#   cmake -S . -B build-i386 -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-i386.cmake
#   cmake --build build-i386 && ctest --test-dir build-i386
#
# or `make test-cross-i386`.  The ABI lock is spec/abi/i386.yaml.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(CMAKE_C_COMPILER i686-linux-gnu-gcc)
set(CMAKE_NM i686-linux-gnu-nm)
set(CMAKE_FIND_ROOT_PATH /usr/i686-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
# An x86_64 kernel runs i386 programs natively: link them against the cross
# libc's own loader and libraries (Debian's i386 multiarch libc is not
# installed beside the cross packages), so ctest needs no emulator.
set(CMAKE_EXE_LINKER_FLAGS_INIT
    "-Wl,--dynamic-linker=/usr/i686-linux-gnu/lib/ld-linux.so.2 -Wl,-rpath,/usr/i686-linux-gnu/lib")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "-Wl,-rpath,/usr/i686-linux-gnu/lib")
