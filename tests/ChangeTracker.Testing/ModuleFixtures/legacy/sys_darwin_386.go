// +build darwin,386

package main

func pageSize() int { return 4096 }
