//go:build (freebsd && riscv64) || (openbsd && !386)

package main

func boardName() string { return "riscv board" }
