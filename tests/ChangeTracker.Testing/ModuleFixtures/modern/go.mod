module example.com/modern

go 1.22

toolchain go1.22.4

godebug (
	tlsrsakex=1 // an old load balancer still needs RSA key exchange
	asynctimerchan=1
)
