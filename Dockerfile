# syntax=docker/dockerfile:1
# Build: docker build -t hoshyar .   Run: see docker-compose.yml and README.md.

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/hoshyar ./cmd/hoshyar

# Debian slim rather than distroless: Hoshyar runs Tesseract (Urdu, English,
# orientation) and poppler's pdftotext/pdftoppm as commands to read images
# and PDFs. Without them it still runs, with OCR off.
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      ca-certificates tzdata tesseract-ocr tesseract-ocr-urd tesseract-ocr-eng tesseract-ocr-osd poppler-utils \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 65532 --home-dir /nonexistent --shell /usr/sbin/nologin nonroot
COPY --from=build /out/hoshyar /usr/local/bin/hoshyar
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/hoshyar"]
CMD ["serve"]
