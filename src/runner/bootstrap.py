# atelier's Python worker: runs inside the worker process (the `__python-worker` hidden
# subcommand) with CPython embedded through pyo3. It receives a request (the program or the
# sketch, the test INPUTS, never the expected values), runs the candidate's code, and reports
# raw facts on a private file descriptor, as `marshal` records each framed by its length
# (src/python/marshal.rs). The parent process decides every pass or fail from those facts
# (see src/python/mod.rs).
# Start-up matters (a run should cost little more than `python3 -I program.py`): only cheap
# modules at the top; `marshal` (built in) instead of `json` (which imports `re`), `_ast`
# (C) instead of `ast`, `traceback` only when an error is shown, `random` only for sketches,
# `posix` (built in, loaded with the interpreter) instead of `os` (which imports five
# modules), no `math`: each import is time on every F5.
import _ast
import builtins
import io
import marshal
import posix
import sys
from time import monotonic_ns as _now

# The worker's own references: candidate code that replaces `marshal.dumps` or `os.write`
# in the shared modules does not change how reports are written.
_dumps, _loads, _write = marshal.dumps, marshal.loads, posix.write


def _finite(number):
    """Whether a float or int is finite (infinity minus itself, like NaN, is not zero)."""
    return number - number == 0


# Most values (list items, characters / 64) in one returned value.
VALUE_BUDGET = 100_000
# Deepest nesting of a returned value (the parent accepts 200).
VALUE_DEPTH = 100

PROGRAM_NAME = "program.py"
SKETCH_NAME = "sketch.py"
# Frames stop once this much has been reported (the parent reads at most 24 MiB).
SKETCH_BYTES = 8 * 1024 * 1024

# Events refused to the candidate's code. Audit hooks cannot be removed from Python code.
BLOCKED_EVENTS = {
    "os.fork": "os.fork",
    "os.forkpty": "os.forkpty",
    "os.system": "os.system",
    "os.exec": "os.exec*",
    "os.posix_spawn": "os.posix_spawn",
    "os.spawn": "os.spawn*",
    "subprocess.Popen": "subprocess",
    "os.kill": "os.kill",
    "os.killpg": "os.killpg",
    "signal.pthread_kill": "signal.pthread_kill",
    "resource.setrlimit": "resource.setrlimit",
    "resource.prlimit": "resource.prlimit",
}


def _audit(event, args):
    if event in BLOCKED_EVENTS:
        raise PermissionError(
            f"{BLOCKED_EVENTS[event]} is not allowed in atelier (no new processes, no signals)"
        )


class OutputLimitExceeded(BaseException):
    """Raised when the candidate's code prints more than the cap (stops the code)."""


class Capture(io.TextIOBase):
    """A stdout/stderr that keeps at most `cap` characters and stops the code beyond."""

    def __init__(self, cap):
        self.cap = cap
        self.parts = []
        self.size = 0
        self.truncated = False

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str")
        room = self.cap - self.size
        if len(text) > room:
            self.parts.append(text[: max(room, 0)])
            self.size = self.cap
            self.truncated = True
            raise OutputLimitExceeded()
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


class Channel:
    def __init__(self, fd):
        self.fd = fd
        self.sent = 0

    def send(self, message):
        payload = _dumps(message)
        data = len(payload).to_bytes(4, "little") + payload
        self.sent += len(data)
        while data:
            written = _write(self.fd, data)
            data = data[written:]


def error_info(exc, filename):
    """Type, message and the line in the candidate's file where it happened."""
    line = None
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if isinstance(exc, OutputLimitExceeded):
        kind, message = "OutputLimitExceeded", "too much output"
    else:
        kind = type(exc).__name__
        try:
            message = str(exc)
        except BaseException:
            message = ""
    try:
        import linecache
        import traceback

        # The candidate's files are not on disk here: give tracebacks their lines.
        for name, text in SOURCES.items():
            linecache.cache[name] = (len(text), None, text.splitlines(True), name)
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
        # Leave out the worker's own frames: the candidate sees only theirs.
        text = "".join(l for l in lines if "<atelier>" not in l)
    except BaseException:
        text = f"{kind}: {message}"
    return {"type": kind, "message": message[:2000], "line": line, "traceback": text[-4000:]}


def run_code(code, namespace, stdin_text, cap, filename):
    """Runs code in namespace with captured output; returns (stdout, stderr, error, exit)."""
    out, err = Capture(cap), Capture(cap)
    saved = sys.stdin, sys.stdout, sys.stderr, sys.argv
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin_text), out, err
    sys.argv = [filename]
    error, exit_code = None, None
    try:
        exec(code, namespace)
    except SystemExit as exc:
        exit_code = exc.code if isinstance(exc.code, int) or exc.code is None else 1
        if exc.code is not None and not isinstance(exc.code, int):
            try:
                err.write(str(exc.code) + "\n")
            except BaseException:
                pass
        if exit_code not in (0, None):
            error = {
                "type": "SystemExit",
                "message": f"sys.exit({exc.code!r})",
                "line": error_info(exc, filename)["line"],
                "traceback": "",
            }
    except BaseException as exc:
        error = error_info(exc, filename)
    finally:
        sys.stdin, sys.stdout, sys.stderr, sys.argv = saved
    return out.getvalue(), err.getvalue(), error, exit_code


class NotPlain(Exception):
    """A value the parent cannot compare (a set, an object, NaN, too big...)."""


def plain(value, budget, depth=0):
    """The value as None, bool, int, float, str, list or dict with str keys."""
    budget[0] -= 1
    if budget[0] < 0 or depth > VALUE_DEPTH:
        raise NotPlain()
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not _finite(value):
            raise NotPlain()
        return float(value)
    if isinstance(value, str):
        budget[0] -= len(value) // 64
        return str(value)
    if isinstance(value, (list, tuple)):
        return [plain(item, budget, depth + 1) for item in value]
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise NotPlain()
            out[str(key)] = plain(item, budget, depth + 1)
        return out
    raise NotPlain()


def to_plain_value(value):
    """(plain value, None), or (None, its repr) when it has no plain form."""
    try:
        return plain(value, [VALUE_BUDGET]), None
    except BaseException:
        return None, _safe_repr(value)


def _safe_repr(value):
    try:
        return repr(value)[:500]
    except BaseException:
        return "<unprintable value>"


# ---- documentation check --------------------------------------------------------------

BUILTIN_NAMES = set(dir(builtins)) - {"__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__debug__", "__import__"}


def walk(tree):
    """Every node, breadth first (as `ast.walk`)."""
    todo = [tree]
    index = 0
    while index < len(todo):
        node = todo[index]
        index += 1
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, _ast.AST):
                todo.append(value)
            elif isinstance(value, list):
                todo.extend(item for item in value if isinstance(item, _ast.AST))
    return todo


def get_docstring(node):
    """The docstring of a module, class or function (as `ast.get_docstring`), or None."""
    body = getattr(node, "body", None)
    if body and isinstance(body[0], _ast.Expr) and isinstance(body[0].value, _ast.Constant):
        value = body[0].value.value
        if isinstance(value, str) and value.strip():
            return value
    return None


def documentation(tree, source):
    findings = []
    stripped = source.lstrip()
    if not (stripped.startswith("#") or get_docstring(tree)):
        findings.append({"code": "missing_header", "name": "", "line": 1})
    for node in walk(tree):
        if isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef, _ast.ClassDef)):
            if not get_docstring(node):
                findings.append({"code": "missing_docstring", "name": node.name, "line": node.lineno})
            if node.name in BUILTIN_NAMES:
                findings.append({"code": "shadowed_builtin", "name": node.name, "line": node.lineno})
            if not isinstance(node, _ast.ClassDef):
                args = node.args
                for arg in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
                    if arg is not None and arg.arg in BUILTIN_NAMES:
                        findings.append({"code": "shadowed_builtin", "name": arg.arg, "line": arg.lineno})
        elif isinstance(node, _ast.Name) and isinstance(node.ctx, _ast.Store):
            if node.id in BUILTIN_NAMES:
                findings.append({"code": "shadowed_builtin", "name": node.id, "line": node.lineno})
        elif isinstance(node, (_ast.Import, _ast.ImportFrom)):
            for alias in node.names:
                name = (alias.asname or alias.name).split(".")[0]
                if name in BUILTIN_NAMES:
                    findings.append({"code": "shadowed_builtin", "name": name, "line": node.lineno})
    seen, unique = set(), []
    for finding in findings:
        key = (finding["code"], finding["name"])
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique


# Source text of the candidate's files, for tracebacks.
SOURCES = {}


def analyse(channel, source, filename):
    """Parses the file: a syntax error or documentation findings. Returns the tree or None."""
    SOURCES[filename] = source
    try:
        tree = compile(source, filename, "exec", _ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        channel.send({"t": "analysis", "syntax_error": {
            "type": type(exc).__name__, "message": exc.msg or str(exc),
            "line": exc.lineno, "traceback": ""}, "docs": []})
        return None
    except BaseException as exc:
        channel.send({"t": "analysis", "syntax_error": error_info(exc, filename), "docs": []})
        return None
    channel.send({"t": "analysis", "syntax_error": None, "docs": documentation(tree, source)})
    return tree


# ---- the program and its tests --------------------------------------------------------

def run_program(channel, request, clock):
    cap = request["output_cap"]
    tree = analyse(channel, request["source"], PROGRAM_NAME)
    clock.append(_now())
    if tree is None:
        return
    code = compile(tree, PROGRAM_NAME, "exec")
    # 1. The program as `python3 program.py < /dev/null` would run it.
    namespace = {"__name__": "__main__", "__file__": PROGRAM_NAME, "__builtins__": builtins}
    stdout, stderr, error, exit_code = run_code(code, namespace, "", cap, PROGRAM_NAME)
    channel.send({"t": "main", "stdout": stdout, "stderr": stderr, "error": error, "exit": exit_code})
    clock.append(_now())
    if error is not None and error["type"] == "MemoryError":
        return
    # 2. Function tests: the file imported as a module, each function called with its args.
    module = None
    for index, test in enumerate(request["tests"]):
        if "function" in test:
            if module is None:
                module = {"__name__": "program", "__file__": PROGRAM_NAME, "__builtins__": builtins}
                _, _, load_error, _ = run_code(code, module, "", cap, PROGRAM_NAME)
                if load_error is not None:
                    module["__atelier_load_error__"] = load_error
            call_function(channel, index, test, module, cap)
        else:
            namespace = {"__name__": "__main__", "__file__": PROGRAM_NAME, "__builtins__": builtins}
            out, err, error, _ = run_code(code, namespace, test.get("stdin", ""), cap, PROGRAM_NAME)
            channel.send({"t": "test", "i": index, "stdout": out, "stderr": err, "error": error})


def call_function(channel, index, test, module, cap):
    name = test["function"]
    function = module.get(name)
    if not callable(function):
        load_error = module.get("__atelier_load_error__")
        channel.send({"t": "test", "i": index, "missing": name, "error": load_error})
        return
    args = _loads(_dumps(test.get("args", [])))  # a fresh copy for every test
    out, err = Capture(cap), Capture(cap)
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), out, err
    try:
        result = function(*args)
    except BaseException as exc:
        sys.stdin, sys.stdout, sys.stderr = saved
        channel.send({"t": "test", "i": index, "error": error_info(exc, PROGRAM_NAME),
                      "stdout": out.getvalue(), "stderr": err.getvalue()})
        return
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    value, text = to_plain_value(result)
    channel.send({"t": "test", "i": index, "value": value, "repr": text,
                  "type": type(result).__name__, "stdout": out.getvalue(),
                  "stderr": err.getvalue()})


# ---- the sketch: a py5 imported-mode subset that records drawing commands --------------

class SketchState:
    def __init__(self, max_commands):
        self.width, self.height = 100, 100
        self.fill = [255, 255, 255, 255]
        self.stroke = [0, 0, 0, 255]
        self.stroke_weight = 1.0
        self.looping = True
        self.frame = []
        self.max_commands = max_commands
        self.text_size = 12.0
        import random

        # Seeded: a sketch draws the same frames at every run (and in the bundle's SVG).
        self.random = random.Random(2030)


def parse_colour(args, what):
    """Grey, grey+alpha, RGB, RGBA, '#RRGGBB' or 0xAARRGGBB, like py5."""
    if len(args) == 1 and isinstance(args[0], str):
        text = args[0].strip().lstrip("#")
        if len(text) == 6:
            return [int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), 255]
        if len(text) == 8:
            return [int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16), int(text[6:8], 16)]
        raise ValueError(f"{what}(): colour {args[0]!r} is not '#RRGGBB'")
    numbers = []
    for value in args:
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError(f"{what}(): colours are numbers or '#RRGGBB', not {value!r}")
        numbers.append(max(0, min(255, int(round(value)))))
    if len(args) == 1 and isinstance(args[0], int) and args[0] > 255:
        v = args[0] & 0xFFFFFFFF
        return [(v >> 16) & 255, (v >> 8) & 255, v & 255, (v >> 24) & 255 or 255]
    if len(numbers) == 1:
        return [numbers[0]] * 3 + [255]
    if len(numbers) == 2:
        return [numbers[0]] * 3 + [numbers[1]]
    if len(numbers) == 3:
        return numbers + [255]
    if len(numbers) == 4:
        return numbers
    raise TypeError(f"{what}() takes 1 to 4 colour values, got {len(args)}")


def make_sketch_api(state, namespace):
    def emit(shape, *coords, **extra):
        if len(state.frame) >= state.max_commands:
            raise RuntimeError(f"more than {state.max_commands} shapes in one frame")
        for c in coords:
            if not isinstance(c, (int, float)) or isinstance(c, bool) or not _finite(c):
                raise TypeError(f"{shape}(): coordinates are numbers, not {c!r}")
        command = {"shape": shape, "coords": [float(c) for c in coords],
                   "fill": list(state.fill) if state.fill else None,
                   "stroke": list(state.stroke) if state.stroke else None,
                   "weight": state.stroke_weight}
        command.update(extra)
        state.frame.append(command)

    def size(w, h, *renderer):
        state.width, state.height = int(w), int(h)
        namespace["width"], namespace["height"] = state.width, state.height

    def background(*args):
        colour = parse_colour(args, "background")
        state.frame.clear()
        state.frame.append({"shape": "background", "coords": [], "fill": colour, "stroke": None, "weight": 0})

    def fill(*args):
        state.fill = parse_colour(args, "fill")

    def no_fill():
        state.fill = None

    def stroke(*args):
        state.stroke = parse_colour(args, "stroke")

    def no_stroke():
        state.stroke = None

    def stroke_weight(w):
        state.stroke_weight = float(w)

    def text_size(s):
        state.text_size = float(s)

    def rect(x, y, w, h, *radius):
        emit("rect", x, y, w, h)

    def square(x, y, s):
        emit("rect", x, y, s, s)

    def ellipse(x, y, w, h):
        emit("ellipse", x, y, w, h)

    def circle(x, y, d):
        emit("ellipse", x, y, d, d)

    def line(x1, y1, x2, y2):
        emit("line", x1, y1, x2, y2)

    def point(x, y):
        emit("point", x, y)

    def triangle(x1, y1, x2, y2, x3, y3):
        emit("triangle", x1, y1, x2, y2, x3, y3)

    def text(value, x, y, *rest):
        emit("text", x, y, text=str(value)[:200], size=state.text_size)

    def random(low, high=None):
        if high is None:
            low, high = 0, low
        return state.random.uniform(low, high)

    def no_loop():
        state.looping = False

    def loop():
        state.looping = True

    api = dict(size=size, background=background, fill=fill, no_fill=no_fill, stroke=stroke,
               no_stroke=no_stroke, stroke_weight=stroke_weight, rect=rect, square=square,
               ellipse=ellipse, circle=circle, line=line, point=point, triangle=triangle,
               text=text, text_size=text_size, random=random, no_loop=no_loop, loop=loop,
               width=state.width, height=state.height, frame_count=0)
    namespace.update(api)



def run_sketch(channel, request):
    tree = analyse(channel, request["source"], SKETCH_NAME)
    if tree is None:
        return
    code = compile(tree, SKETCH_NAME, "exec")
    state = SketchState(request["max_commands"])
    namespace = {"__name__": "__main__", "__file__": SKETCH_NAME, "__builtins__": builtins}
    make_sketch_api(state, namespace)
    out, err, error, _ = run_code(code, namespace, "", request["output_cap"], SKETCH_NAME)
    if error is None and callable(namespace.get("setup")):
        out2, err2, error, _ = call_in(namespace["setup"], request["output_cap"])
        out, err = out + out2, err + err2
    frames = 0
    draw = namespace.get("draw")
    while error is None and callable(draw) and frames < request["max_frames"]:
        frames += 1
        namespace["frame_count"] = frames
        _, _, error, _ = call_in(draw, request["output_cap"])
        channel.send({"t": "frame", "n": frames, "width": state.width, "height": state.height,
                      "commands": state.frame})
        if not state.looping or channel.sent > SKETCH_BYTES:
            break
    if frames == 0 and error is None:
        channel.send({"t": "frame", "n": 0, "width": state.width, "height": state.height,
                      "commands": state.frame})
    channel.send({"t": "main", "stdout": out, "stderr": err, "error": error, "exit": None})


def call_in(function, cap):
    out, err = Capture(cap), Capture(cap)
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(""), out, err
    error = None
    try:
        function()
    except SystemExit:
        pass
    except BaseException as exc:
        error = error_info(exc, SKETCH_NAME)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return out.getvalue(), err.getvalue(), error, None


def main(request_bytes, fd, clock=()):
    # When each phase ended: the worker's (started, request read, walls up, Python up),
    # then the bootstrap loaded, [the analysis, the main run,] the end. For benches only:
    # the parent judges nothing from it.
    clock = list(clock)
    clock.append(_now())
    channel = Channel(fd)
    request = _loads(request_bytes)
    sys.setrecursionlimit(1000)
    sys.addaudithook(_audit)
    try:
        if request["mode"] == "sketch":
            run_sketch(channel, request)
        else:
            run_program(channel, request, clock)
    except MemoryError:
        channel.send({"t": "memory"})
    clock.append(_now())
    channel.send({"t": "done", "clock": clock})
