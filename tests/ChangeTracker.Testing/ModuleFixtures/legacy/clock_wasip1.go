package main

// Before wasip1 was a port, this file was compiled on every platform.
func clockName() string { return "wall" }
