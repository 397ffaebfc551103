# shellcheck shell=bash
# OCR packages, sourced by run-local.sh and .ci/run.
#
#   ocr_ensure   install Tesseract (Urdu, English, orientation) and poppler's
#                PDF tools from Debian's packages when they are missing and
#                this user can; otherwise say that Hoshyar will run with
#                OCR off. Never fails: OCR is optional.

OCR_PACKAGES=(tesseract-ocr tesseract-ocr-urd tesseract-ocr-eng tesseract-ocr-osd poppler-utils)

ocr__have() {
	command -v tesseract >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 &&
		tesseract --list-langs 2>/dev/null | grep -qx urd &&
		tesseract --list-langs 2>/dev/null | grep -qx eng
}

ocr_ensure() {
	if ocr__have; then
		echo "ocr: $(tesseract --version 2>/dev/null | head -n 1), languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' ')" >&2
		return 0
	fi
	local -a as=()
	if ((EUID != 0)); then
		if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
			as=(sudo -n)
		else
			as=(false)
		fi
	fi
	if command -v apt-get >/dev/null 2>&1 && [[ ${as[*]-} != false ]]; then
		echo "ocr: installing ${OCR_PACKAGES[*]}" >&2
		if ! ${as[@]+"${as[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${OCR_PACKAGES[@]}" >/dev/null 2>&1; then
			${as[@]+"${as[@]}"} apt-get update -q >/dev/null 2>&1 || true
			${as[@]+"${as[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${OCR_PACKAGES[@]}" >/dev/null 2>&1 || true
		fi
	fi
	if ocr__have; then
		echo "ocr: installed" >&2
		return 0
	fi
	cat >&2 <<MSG
ocr: Tesseract with Urdu and English is not installed, and could not be here.
     Hoshyar runs with OCR off: images and PDFs are kept as evidence but not read.
     To read them: sudo apt-get install ${OCR_PACKAGES[*]}
MSG
	return 0
}
