"""The PEP 517 build backend of pyproject.toml: builds the Python package with
the project's CMake and packs it as a wheel, with the standard library alone
(no setuptools, nothing fetched), so `pip install .` works offline.

The build directory is build/python-<tag> in the repository, kept between
builds so that a second install only relinks."""
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DISTRIBUTION = "article_annotator"
PACKAGE = "article_annotator"
SUMMARY = "Who and what a news article names, and who said what: the C++ core of Article Annotator"


def _version():
    # package.json's, as CMake passes it to the core: one version for all.
    with open(os.path.join(ROOT, "package.json"), encoding="utf-8") as package:
        return json.load(package)["version"]


def _tag():
    python = f"cp{sys.version_info.major}{sys.version_info.minor}"
    platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{python}-{python}{sys.abiflags}-{platform}"


def _metadata():
    return "\n".join([
        "Metadata-Version: 2.1",
        f"Name: {DISTRIBUTION.replace('_', '-')}",
        f"Version: {_version()}",
        f"Summary: {SUMMARY}",
        "Requires-Python: >=3.8",
        "Provides-Extra: dask",
        'Requires-Dist: dask[bag,dataframe]; extra == "dask"',
        'Requires-Dist: distributed; extra == "dask"',
        'Requires-Dist: pandas; extra == "dask"',
        "",
    ])


def _wheel_file():
    return f"Wheel-Version: 1.0\nGenerator: {PACKAGE} build-scripts/python_package_backend.py\n" \
           f"Root-Is-Purelib: false\nTag: {_tag()}\n"


def _dist_info():
    return f"{DISTRIBUTION}-{_version()}.dist-info"


def _build_package():
    """Builds the package with CMake; returns the directory holding it."""
    build = os.path.join(ROOT, "build", f"python-{_tag()}")
    generator = ["-G", "Ninja"] if shutil.which("ninja") else []
    subprocess.run(["cmake", "-S", ROOT, "-B", build, *generator, "-DCMAKE_BUILD_TYPE=Release",
                    "-DANNOTATOR_PYTHON=ON", f"-DPython_EXECUTABLE={sys.executable}"],
                   check=True, stdout=sys.stderr)
    jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(min(os.cpu_count() or 1, 2)))
    subprocess.run(["cmake", "--build", build, "--target", "article_annotator_core", "-j", jobs],
                   check=True, stdout=sys.stderr)
    return os.path.join(build, "python", PACKAGE)


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    directory = os.path.join(metadata_directory, _dist_info())
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "METADATA"), "w", encoding="utf-8") as f:
        f.write(_metadata())
    with open(os.path.join(directory, "WHEEL"), "w", encoding="utf-8") as f:
        f.write(_wheel_file())
    return _dist_info()


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    package = _build_package()
    files = []  # (name in the wheel, bytes)
    for name in sorted(os.listdir(package)):
        if name.endswith(".py") or (name.startswith("_core") and name.endswith(".so")):
            with open(os.path.join(package, name), "rb") as f:
                files.append((f"{PACKAGE}/{name}", f.read()))
    dist_info = _dist_info()
    files.append((f"{dist_info}/METADATA", _metadata().encode()))
    files.append((f"{dist_info}/WHEEL", _wheel_file().encode()))
    record = [_record_line(name, data) for name, data in files] + [f"{dist_info}/RECORD,,"]
    files.append((f"{dist_info}/RECORD", ("\n".join(record) + "\n").encode()))
    wheel_name = f"{DISTRIBUTION}-{_version()}-{_tag()}.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in files:
            wheel.writestr(name, data)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    """The files git tracks (the models included), as NAME-VERSION.tar.gz."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    base = f"{DISTRIBUTION}-{_version()}"
    with tarfile.open(os.path.join(sdist_directory, f"{base}.tar.gz"), "w:gz") as sdist:
        for name in filter(None, listed.decode().split("\0")):
            sdist.add(os.path.join(ROOT, name), arcname=f"{base}/{name}")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        metadata = _metadata().encode()
        info.size = len(metadata)
        import io
        sdist.addfile(info, io.BytesIO(metadata))
    return f"{base}.tar.gz"
