// npm run bench's script floor: draws one task with its checkbox, the way any page of ours must (no framework, no
// data to read). A classic script, copied as it is (public/), so no bundler work is measured with it.
(function () {
  var list = document.createElement('ul');
  list.setAttribute('aria-label', "Today's tasks");
  var item = document.createElement('li');
  var label = document.createElement('label');
  var box = document.createElement('input');
  box.type = 'checkbox';
  label.append(box, ' A task');
  item.append(label);
  list.append(item);
  document.getElementById('app').append(list);
})();
