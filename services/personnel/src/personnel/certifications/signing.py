"""Signing a unit's certification PDF with the unit's certificate (pyHanko, PAdES signature in a new field).

Two kinds of signer, chosen by PERSONNEL_SIGNING_MODE:

- ``dev_ca`` (DEVELOPMENT ONLY, the default of the local stack): a local certificate authority kept in
  PERSONNEL_SIGNING_DIR (default ``<repository>/.stack/signing``, ignored by git, never committed). Its root
  key and certificate are made on first use, then one certificate per unit (CN = the unit's name, O = the
  province, OU = the unit's code) on the unit's first certification. The root is published at
  GET /api/personnel/certifications/root-certificate so a PDF reader (or a test) can be told to trust it.
  Its keys sit unencrypted on disk: it proves the mechanics, it is no legal signature.

- production: the unit's key never leaves the government's signing service (a remote signing service, CA
  of the Government Cipher Committee) or an HSM. Both plug in as another ``UnitSigner``:
  a PKCS#11 token or HSM with ``pyhanko.sign.pkcs11.PKCS11Signer`` (``open_pkcs11_session(lib, slot, pin)``,
  the unit's key label = its code), a remote service with a subclass of ``pyhanko.sign.signers.Signer``
  whose ``async_sign_raw`` sends the digest to the service and returns the raw signature (with the unit's
  certificate and chain the service gives). ``signer_from_settings`` names the mode; see
  docs/monthly-certification.md. Nothing else in the feature changes: the service hands the PDF and the unit
  to ``UnitSigner.sign`` and stores what it returns."""

from __future__ import annotations

import fcntl
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

_HERE = Path(__file__).resolve()
REPO_ROOT = _HERE.parents[5] if len(_HERE.parents) > 5 else _HERE.parent  # <repository>/services/personnel/src/...
DEFAULT_DEV_DIR = REPO_ROOT / ".stack" / "signing"
FIELD_NAME = "XacNhanDuLieu"


@dataclass(frozen=True)
class SignedPdf:
    content: bytes
    signer_subject: str
    signer_serial: str
    signer_kind: str


class UnitSigner(Protocol):
    kind: str

    def sign(self, pdf: bytes, *, unit_id: str, unit_name: str, province: str, reason: str,
             location: str) -> SignedPdf:
        """The PDF with a signature of the unit's certificate (blocking: run it in a thread)."""
        ...

    def root_certificate_pem(self) -> bytes:
        """The trust anchor a reader needs to verify the signatures (PEM)."""
        ...


def _safe(unit_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", unit_id) or "_"


def _name(**parts: str) -> x509.Name:
    oids = {"cn": NameOID.COMMON_NAME, "o": NameOID.ORGANIZATION_NAME, "ou": NameOID.ORGANIZATIONAL_UNIT_NAME,
            "c": NameOID.COUNTRY_NAME}
    return x509.Name([x509.NameAttribute(oids[k], v[:64]) for k, v in parts.items() if v])


class DevCertificateAuthority:
    """DEVELOPMENT ONLY: a local CA issuing one certificate per unit, kept as PEM files in `directory`."""

    kind = "dev_ca"

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @property
    def root_cert_path(self) -> Path:
        return self.directory / "root.pem"

    def _lock(self) -> io.TextIOWrapper:
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = open(self.directory / ".lock", "a")  # closed by the caller
        fcntl.flock(handle, fcntl.LOCK_EX)
        return handle

    def _root(self) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
        key_path = self.directory / "root.key"
        if not self.root_cert_path.exists():
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            subject = _name(cn="CBCCVC Development CA (không dùng thật)", o="CBCCVC development", c="VN")
            now = datetime.now(UTC)
            cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
                    .public_key(key.public_key()).serial_number(x509.random_serial_number())
                    .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=3650))
                    .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                    .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                                 key_encipherment=False, data_encipherment=False,
                                                 key_agreement=False, key_cert_sign=True, crl_sign=True,
                                                 encipher_only=False, decipher_only=False), critical=True)
                    .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                    .sign(key, hashes.SHA256()))
            key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
            key_path.chmod(0o600)
            self.root_cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        cert = x509.load_pem_x509_certificate(self.root_cert_path.read_bytes())
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        return cert, key

    def unit_files(self, *, unit_id: str, unit_name: str, province: str) -> tuple[Path, Path]:
        """(key, certificate) of the unit, issued on first use."""
        handle = self._lock()
        try:
            root_cert, root_key = self._root()
            units = self.directory / "units"
            units.mkdir(exist_ok=True, mode=0o700)
            key_path, cert_path = units / f"{_safe(unit_id)}.key", units / f"{_safe(unit_id)}.pem"
            if not cert_path.exists():
                key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
                now = datetime.now(UTC)
                cert = (x509.CertificateBuilder().subject_name(_name(cn=unit_name, ou=unit_id, o=province, c="VN"))
                        .issuer_name(root_cert.subject).public_key(key.public_key())
                        .serial_number(x509.random_serial_number())
                        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=1825))
                        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                                     key_encipherment=False, data_encipherment=False,
                                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                                     encipher_only=False, decipher_only=False), critical=True)
                        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                                       critical=False)
                        .sign(root_key, hashes.SHA256()))
                key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                       serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
                key_path.chmod(0o600)
                cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
            return key_path, cert_path
        finally:
            handle.close()

    def root_certificate_pem(self) -> bytes:
        handle = self._lock()
        try:
            self._root()
            return self.root_cert_path.read_bytes()
        finally:
            handle.close()

    def sign(self, pdf: bytes, *, unit_id: str, unit_name: str, province: str, reason: str,
             location: str) -> SignedPdf:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers

        key_path, cert_path = self.unit_files(unit_id=unit_id, unit_name=unit_name, province=province)
        signer = signers.SimpleSigner.load(str(key_path), str(cert_path), ca_chain_files=(str(self.root_cert_path),))
        if signer is None:
            raise RuntimeError("the unit's key or certificate could not be read")
        meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, reason=reason, location=location,
                                            name=unit_name, md_algorithm="sha256")
        out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False), meta, signer=signer)
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        return SignedPdf(content=out.getvalue(), signer_subject=cert.subject.rfc4514_string()[:500],
                         signer_serial=format(cert.serial_number, "x")[:80], signer_kind=self.kind)


def signer_from_settings(mode: str, directory: Path | None, environment: str = "development") -> UnitSigner:
    """The configured signer. Only the development CA is built in, and only in development (outside it the
    certification answers 503 rather than sign with keys lying on a disk); a production deployment adds its
    signer here (see the module's docstring) and sets PERSONNEL_SIGNING_MODE to its name."""
    if mode == "dev_ca":
        if environment != "development":
            raise RuntimeError("the development certificate authority is refused outside development")
        return DevCertificateAuthority(directory or DEFAULT_DEV_DIR)
    raise RuntimeError(f"signing mode {mode!r} is not configured in this build (see certifications/signing.py)")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
