// Photo uploads: a phone's full-size picture is several megabytes, and the website shows it in a small circle.
// Before the form is sent, the chosen photo is drawn upright at most 800 pixels on its longer side and replaces
// the chosen file. The server still checks and cleans whatever arrives; without this script the original is sent.
(function () {
  "use strict";
  var longest = 800;
  document.querySelectorAll('input[type="file"][data-resize]').forEach(function (input) {
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (!file || !window.createImageBitmap || !window.DataTransfer || file.size < 300000) return;
      createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
        var scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
        var canvas = document.createElement("canvas");
        canvas.width = Math.round(bitmap.width * scale);
        canvas.height = Math.round(bitmap.height * scale);
        canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          if (!blob || blob.size >= file.size) return;
          var smaller = new DataTransfer();
          smaller.items.add(new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg" }));
          input.files = smaller.files;
        }, "image/jpeg", 0.88);
      }).catch(function () { /* keep the original file; the server decides */ });
    });
  });
})();
