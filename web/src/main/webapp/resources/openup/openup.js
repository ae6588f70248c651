/* OPEN UP: the few behaviours of the layout that are not PrimeFaces'. A script file, not inline handlers: the
   Content-Security-Policy allows no inline script. */
(function () {
    'use strict';

    function setMenu(open) {
        var toggle = document.getElementById('menuToggle');
        document.body.classList.toggle('ou-menu-open', open);
        if (toggle) {
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        }
    }

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('#menuToggle');
        if (toggle) {
            var open = !document.body.classList.contains('ou-menu-open');
            setMenu(open);
            if (open) {
                var first = document.querySelector('#sidebar a');
                if (first) {
                    first.focus();
                }
            }
        }
    });

    // Escape closes the phone menu and gives the focus back to its button
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && document.body.classList.contains('ou-menu-open')) {
            setMenu(false);
            var toggle = document.getElementById('menuToggle');
            if (toggle) {
                toggle.focus();
            }
        }
    });

    // PrimeFaces disables a button while its request runs, and a disabled button loses the focus to the page: a
    // keyboard user would start again from the top after every Save. The last focused control gets the focus back
    // when the request is over (if the page still has it and nothing else took the focus), and a dialog opened by
    // such a button gives the focus back to it when it closes (WCAG 2.4.3).
    var lastFocused = null;
    document.addEventListener('focusin', function (event) {
        lastFocused = event.target;
    });
    function lostFocus() {
        return !document.activeElement || document.activeElement === document.body;
    }
    function focusAgain(element) {
        var back = element && (document.contains(element) ? element
                : element.id && document.getElementById(element.id));
        if (back && !back.disabled && lostFocus()) {
            back.focus({preventScroll: true});
        }
    }
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            var element = lastFocused;
            setTimeout(function () {
                focusAgain(element);
            }, 0);
        });
    }
    function dialogsReturnFocus() {
        var Dialog = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.Dialog;
        if (!Dialog || Dialog.prototype.ouOpener) {
            return;
        }
        var show = Dialog.prototype.show;
        Dialog.prototype.ouOpener = true;
        Dialog.prototype.show = function () {
            var opener = lostFocus() ? lastFocused : document.activeElement;
            var wasVisible = this.isVisible();
            var result = show.apply(this, arguments);
            if (!wasVisible && opener && this.jq && !this.jq[0].contains(opener)) {
                this.focusedElementBeforeDialogOpened = opener;
            }
            return result;
        };
    }
    dialogsReturnFocus();
    document.addEventListener('DOMContentLoaded', dialogsReturnFocus);
    // A download (every file under /export/) can take a moment to start: the biggest report waits its turn behind
    // two others. From the click until the server starts sending it (it sets the cookie openup-download then), a
    // status line says the file is being prepared; assistive technology reads it (role="status").
    var DOWNLOAD_COOKIE = 'openup-download';

    function clearDownloadCookie() {
        document.cookie = DOWNLOAD_COOKIE + '=; Max-Age=0; Path=/; SameSite=Lax';
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a[href*="/export/"]');
        var status = document.getElementById('downloadStatus');
        if (!link || !status || event.defaultPrevented) {
            return;
        }
        clearDownloadCookie();
        status.textContent = status.getAttribute('data-preparing');
        status.classList.add('ou-download-status-shown');
        var waited = 0;
        var timer = window.setInterval(function () {
            waited += 500;
            if (document.cookie.indexOf(DOWNLOAD_COOKIE + '=') >= 0 || waited >= 120000) {
                window.clearInterval(timer);
                clearDownloadCookie();
                status.textContent = '';
                status.classList.remove('ou-download-status-shown');
            }
        }, 500);
    });
})();
