using ChangeTracker.Domain.Facts;
using ChangeTracker.Facts.Vocabulary;

namespace ChangeTracker.Facts.Rules;

/// <summary>
/// New minimums that are not OS versions: the toolchain that builds Go or is used with it, kernel configuration,
/// CPU levels and instruction sets, the engine that runs the output. The "min" group is the minimum as stated.
/// </summary>
public static class RequirementRules
{
    private const string Needs = @"(?<!\b(?:already|no longer|may|might|could|to) )\b(?:now |also |will |thus )?(?:requires?|required|needs?|needed|must (?:be built with|use|have|be)|minimum(?: required| supported)? (?:version )?(?:is(?: now)?|of)|depends? on|at least)\b(?! (?:blocks?|directives?|lines?|statements?)\b)";

    // A tool named with a version ("frobc 3.1"), not Go itself, an OS, a protocol or a standard: those have rules of their own.
    private static readonly string NamedVersion =
        @"(?!(?:Go|go|TLS|SSL|DTLS|HTTP|QUIC|Unicode|kernel|OS|version|" + Platforms.OsName + @")\b)(?<!\b(?:" + Platforms.OsName + @") )[A-Za-z][\w+-]* (?:version )?v?\d+(?:\.\d+)*";

    // The C toolchain and the tools around it, by the names the notes give them.
    private const string CToolchain = @"GCC|gcc|clang|Clang|SWIG|binutils|glibc|Git|git|Xcode|MSVC|Visual Studio|LLVM|MinGW-w64|MinGW|mingw-w64|Cygwin|ld|gold";

    // Every tool that builds Go or is used with it: the C toolchain, version control, build helpers.
    private const string Toolchain = CToolchain + @"|lld|LLD|musl|Android NDK|NDK|MSYS2|Mercurial|hg|Bazaar|Subversion|svn|Fossil|pkg-config|make|CMake|Ninja|Bazel|Python|Perl";

    // The engines that run WebAssembly or JavaScript output, by name.
    private const string Engine = @"Node\.js|Deno|Bun|wasmtime|wazero|wasmer|Wasmer|WasmEdge";

    // Any text of the clause, across the dots of version numbers ("requires version 2.30 of glibc"), up to 400 characters
    // (a hostile clause then costs time in proportion to its length).
    private const string Gap = @"(?:[^.;]|\.(?=\d)){0,400}?";

    public static readonly IReadOnlyList<SentenceRule> Table =
    [
        new("requirement-bootstrap-go-future", FactKind.RequirementRaised, Timing.FutureRelease, Target.Requirement,
            @"\bGo (?<v>1\.\d+) (?:will|to) (?:likely |probably )?(?:require|need)\b" + Gap + @"(?<min>Go 1\.\d+(?:\.\d+)?)" + Gap + @"\bbootstrap")
        { Area = "toolchain" },
        new("requirement-bootstrap-go", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"\b(?:[Bb]ootstrap(?:ping)?|GOROOT_BOOTSTRAP|(?:[Bb]uild(?:ing)?|[Cc]ompiling) (?:Go|the Go distribution|the toolchain|from source))\b" + Gap + @"\b(?:requires?|needs?|must|minimum|is now|will (?:now )?(?:require|need)|at least)\b" + Gap + @"(?<min>Go 1\.\d+(?:\.\d+)?)|" +
            Needs + Gap + @"(?<min>Go 1\.\d+(?:\.\d+)?)" + Gap + @"\bbootstrap")
        { Area = "toolchain" },
        new("requirement-any-go-will-do", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"\b[Aa]ny (?<min>Go 1\.\d+(?:\.\d+)?) or later (?:distribution|release|toolchain|version)\b" + Gap + @"\b(?:will (?:serve|do|work)|is enough|suffices)\b")
        { Area = "toolchain" },
        new("requirement-sdk-version", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"\b(?:now |also )?(?:requires?|needs?)\b" + Gap + @"(?<min>\bSDK (?:version )?[\w.-]*\d[\w.-]*)")
        { Area = "toolchain" },
        new("requirement-c-toolchain", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            Needs + Gap + @"(?<min>\b(?:" + CToolchain + @")\b(?:[ -](?:version )?v?\d+(?:\.\d+)*)?|\bC(?:99|11|17|23)\b)(?=[\s.,;)]|$)")
        { Area = "toolchain" },
        // Any other named tool with a version bound: "requires at least frobc 3.1", "needs Python 3.9 or later".
        new("requirement-named-tool-version", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            Needs + Gap + @"(?<min>\b" + NamedVersion + @")(?= or (?:later|newer|above|higher)\b)|\bat least (?<min>\b" + NamedVersion + @")\b(?= to (?:build|run|compile|bootstrap)\b)|\bnow (?:requires?|needs?) (?:at least )?(?<min>\b" + NamedVersion + @")(?=[.;]?$)")
        { Area = "toolchain" },
        new("requirement-tool-now-required", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?<min>\b(?:" + Toolchain + @")\b (?:version )?\d+(?:\.\d+)*)(?: or (?:later|newer|above))? (?:is|are) (?:now )?(?:required|needed)\b|\brequires? (?:at least )?(?<min>\b(?:SWIG|GCC|gcc|clang|Xcode|binutils|glibc)\b (?:version )?\d+(?:\.\d+)*)|\b[Tt]he minimum (?:supported |required )?(?:GCC|gcc|clang|Clang|SWIG|binutils|glibc|Git|Xcode|MSVC|LLVM) version\b[^.;]{0,80}? (?:is now|is|has been raised to|becomes) (?<min>(?:GCC|gcc|clang|Clang|SWIG|binutils|glibc|Git|Xcode|MSVC|LLVM) (?:version )?\d+(?:\.\d+)*)")
        { Area = "toolchain" },
        // The bound stated as what is refused: "refuses Git versions older than 2.50", "binutils releases older than 2.41 are no
        // longer supported".
        new("requirement-tool-older-refused", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?<!\b(?:recommend(?:s|ed)?|suggests?|prefers?) (?:\w+ ){0,3})\b(?<tool>" + Toolchain + @")(?: (?:versions?|releases?))? (?:older|earlier) than (?:version )?(?<ver>\d+(?:\.\d+)*)\b(?=" + Gap + @"\b(?:no longer|not|unsupported|rejected|refused)\b)|\b(?:refuses?|rejects?|no longer (?:supports?|works? with|accepts?)|(?:will )?not (?:work|run) with) (?:to use )?(?<tool>" + Toolchain + @")(?: (?:versions?|releases?))? (?:older|earlier) than (?:version )?(?<ver>\d+(?:\.\d+)*)\b")
        { Area = "toolchain" },
        // A version named, then what happens with an older one: "links against glibc 2.42 and will not run on systems with older glibc".
        new("requirement-older-will-not-run", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?<min>\b(?:" + Toolchain + @") (?:version )?v?\d+(?:\.\d+)*)\b" + Gap + @"\b(?:will not|won't|cannot|can't|does not|do not|no longer) (?:run|work|start|load|build|link)\b[^.;]{0,40}?\b(?:older|earlier|previous)\b")
        { Area = "toolchain" },
        new("requirement-kernel-config", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?<min>\b(?:CONFIG|COMPAT)_[A-Z0-9_]+\b)" + Gap + @"\b(?:option|set|enabled|required|must)\b|\b(?:kernel|kernels)\b" + Gap + @"\b(?:with|built with|requires?|needs?)\b" + Gap + @"(?<min>\b(?:CONFIG|COMPAT)_[A-Z0-9_]+\b)|\b(?:requires?|needs?) (?:an? )?(?:Linux )?kernel (?:with|that supports?|supporting) (?:the )?(?<min>[\w.-]+(?: v\d+)?(?: system call| syscall| interface)?)|\b(?:requires?|needs?) kernel support for (?:the )?(?<min>[\w.-]+(?: system call| syscall| interface)?)")
        { Area = "kernel" },
        new("requirement-cpu-level", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?:" + Needs + @"|\b(?:raises?|raised|increases?|increased) the (?:minimum|baseline)\b|\b(?:lowest|oldest|minimum) (?:accepted|supported|allowed|permitted) (?:[\w-]+ ){0,2}(?:value|level|setting) is now\b|\b(?:baseline|minimum)\b" + Gap + @"\b(?:is|was|has been) (?:now )?(?:raised|increased) to\b)" + Gap + @"(?<min>\b(?:SSE[0-9.]*|AVX\w*|ARMv\d+(?:\.\d+)?[A-Z]?|(?:POWER|[Pp]ower)\d+|RVA\d+\w*|GOAMD64=v\d|GOARM64=v[\d.]+|GO386=\w+|GOARM=\d+|GO(?:MIPS|MIPS64|PPC64|RISCV64)=\w+|(?<=\b(?:raised|increased) to |\bminimum is now )v\d+(?:\.\d+)?|z1[0-9]|LSX|FPU|x86-64-v\d|VFPv\d|floating[- ]point (?:unit|hardware))\b|\b[A-Z][A-Za-z0-9.+-]*(?: [A-Z][a-z]+ )?\d[\w.+-]*(?= (?:instruction set|ISA|CPU (?:extension|feature)s?|(?:micro)?architecture)\b))|(?<min>\bGOAMD64=v\d|\bGOARM=\d)\b" + Gap + @"\bdefault\b|(?<min>\bGO[A-Z0-9]+=v?[\d.]+) (?:is|becomes) (?:now )?the (?:new )?(?:minimum|baseline)\b")
        { Area = "cpu" },
        new("requirement-runtime-engine", FactKind.RequirementRaised, Timing.InRelease, Target.Requirement,
            @"(?:" + Needs + @"|\bnow (?:uses?|generates?|emits?|assumes?)\b|\b(?:raised|increased) to\b|\brel(?:y|ies) on\b)" + Gap + @"(?<min>\bversion \d+(?:\.\d+)* of the [\w.-]+ (?:runtime|engine|interpreter|virtual machine)\b|\b(?:" + Engine + @"|WebAssembly (?:\w+[- ])?(?:feature|proposal|extension|instructions?)s?|sign-extension|non-trapping|saturated|bulk memory|tail calls?|multi-value|reference types|Wasm ?GC|multi-memory(?: proposal)?|memory64|(?:128-bit |relaxed )?SIMD|WASI preview \d|WASI 0\.\d)\b(?:[ -](?:version )?v?\d+(?:\.\d+)*)?)(?=[\s.,;)]|$)|(?<min>\b(?:" + Engine + @") (?:version )?v?\d+(?:\.\d+)*)(?: or (?:later|newer|above))? (?:is|are) (?:now )?(?:required|needed)\b|\brequires? (?:an? )?(?:(?:WebAssembly|Wasm|wasm) (?:host )?(?:engine|runtime|host)|(?:host )?engine)s? (?:that|which) supports? (?:the )?(?<min>[\w -]+?)(?=[.,;)]|$)"
            // a newer proposal named in a sentence about WebAssembly output: "Wasm output now relies on the exception handling proposal"
            + @"|\b(?:WebAssembly|Wasm|wasm|GOARCH=wasm)\b" + Gap + @"\b(?:now (?:uses?|generates?|emits?|rel(?:y|ies) on)|" + Needs + @")" + Gap + @"(?<min>\b(?:exception handling|threads|atomics|extended[- ]const|typed function references|JS string builtins|stack switching|branch hinting|custom page sizes) (?:feature|proposal|extension|instructions?)s?\b)")
        { Area = "runtime" },
    ];
}
