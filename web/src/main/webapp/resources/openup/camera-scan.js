/*
 * Stock-take: scanning with the phone's camera, as a progressive enhancement. The "Scan with camera" button is
 * shown only where the browser offers BarcodeDetector and a camera (Chrome on Android); each code read goes into
 * the scan field and is recorded exactly as a keyboard scanner's number and Enter would be. Elsewhere nothing
 * changes.
 */
(function () {
    'use strict';

    var FORMATS = ['qr_code', 'code_128', 'code_39', 'code_93', 'ean_13', 'ean_8', 'itf', 'codabar', 'upc_a',
        'data_matrix'];
    var SAME_CODE_AGAIN_MS = 3000; // the same label held in front of the camera is recorded once
    var stream = null;
    var timer = null;
    var last = null;
    var lastAt = 0;

    function offered() {
        return 'BarcodeDetector' in window && !!navigator.mediaDevices
            && typeof navigator.mediaDevices.getUserMedia === 'function';
    }

    function byId(id) {
        return document.getElementById(id);
    }

    function showButton() {
        var button = byId('scanner:camera');
        if (button) {
            button.style.display = offered() && stream === null ? '' : 'none';
        }
    }

    function note(text) {
        var view = byId('cameraNote');
        if (view) {
            view.textContent = text || '';
            view.hidden = !text;
        }
    }

    function stop() {
        if (timer !== null) {
            clearTimeout(timer);
            timer = null;
        }
        if (stream !== null) {
            stream.getTracks().forEach(function (track) {
                track.stop();
            });
            stream = null;
        }
        var view = byId('cameraView');
        if (view) {
            view.hidden = true;
            var video = view.querySelector('video');
            if (video) {
                video.srcObject = null;
            }
        }
        showButton();
    }

    function record(value) {
        var field = byId('scanner:scan');
        if (!field || !window.PF || !PF('scanNow')) {
            stop(); // the stock-take was closed
            return;
        }
        field.value = value;
        if (navigator.vibrate) {
            navigator.vibrate(60);
        }
        PF('scanNow').jq.click();
    }

    function watch(detector, video) {
        timer = setTimeout(function () {
            if (stream === null) {
                return;
            }
            detector.detect(video).then(function (codes) {
                var value = codes.length > 0 && codes[0].rawValue ? String(codes[0].rawValue).trim() : '';
                var now = Date.now();
                if (value && (value !== last || now - lastAt > SAME_CODE_AGAIN_MS)) {
                    last = value;
                    lastAt = now;
                    record(value);
                }
            }).catch(function () {
                // a frame that could not be read: the next one
            }).then(function () {
                if (stream !== null) {
                    watch(detector, video);
                }
            });
        }, 200);
    }

    function start() {
        var view = byId('cameraView');
        if (!view || !offered() || stream !== null) {
            return;
        }
        var video = view.querySelector('video');
        note('');
        BarcodeDetector.getSupportedFormats().then(function (supported) {
            var formats = FORMATS.filter(function (format) {
                return supported.indexOf(format) >= 0;
            });
            var detector = new BarcodeDetector(formats.length > 0 ? { formats: formats } : undefined);
            return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
                .then(function (opened) {
                    stream = opened;
                    video.srcObject = opened;
                    view.hidden = false;
                    showButton();
                    return video.play().then(function () {
                        watch(detector, video);
                    });
                });
        }).catch(function () {
            stop();
            note(view.getAttribute('data-unavailable'));
        });
    }

    window.OpenUpCamera = {
        start: start,
        stop: stop,
        active: function () {
            return stream !== null;
        }
    };

    window.addEventListener('pagehide', stop);
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showButton);
    } else {
        showButton();
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', showButton);
    }
})();
