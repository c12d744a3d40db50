// An old service, written for Go 1.12 and never touched since.
module example.com/legacy

go 1.12

require golang.org/x/sys v0.0.0-20190215142949-d0b11bdaac8a
