// +build linux
// +build cgo

package main

// #include <unistd.h>
import "C"

func hostPageSize() int { return int(C.getpagesize()) }
