# shellcheck shell=bash
# OCR packages, sourced by run-local.sh, test.sh and .ci/run.
#
#   ocr_ensure   install Tesseract (Urdu, English, orientation) and poppler's
#                PDF tools from Debian's packages when they are missing and
#                this user can; otherwise say that Hoshyar will run with
#                OCR off. Never fails: OCR is optional.

# shellcheck source=scripts/debpkg.sh
source "$(dirname "${BASH_SOURCE[0]}")/debpkg.sh"

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
	debpkg_install ocr "${OCR_PACKAGES[@]}" || true
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
