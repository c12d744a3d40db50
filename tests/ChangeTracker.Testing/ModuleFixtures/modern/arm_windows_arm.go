package main

func arch() string { return "32-bit ARM on Windows" }
